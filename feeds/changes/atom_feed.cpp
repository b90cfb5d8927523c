#include "feeds/changes/atom_feed.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "feeds/pages/escape.hpp"
#include "feeds/urls/paths.hpp"

namespace agendad::changes {
namespace {

using pages::html_escape;

std::string link_to(const AtomOptions& options, std::string_view feed_path, std::string_view path) {
  // Members' addresses hold their token, which the renderer never sees: their links stay relative.
  if (!options.base_url.empty() && !options.members) return urls::absolute_url(options.base_url, path);
  return urls::relative_link(feed_path, path);
}

void entry(std::string& out, const Entry& e, const std::string& authority, std::string_view feed_path,
           const AtomOptions& options) {
  const Wording& words = options.members ? e.change.members_wording : e.change.wording;
  const std::string day = rfc3339(e.seen).substr(0, 10);
  out += "  <entry>\n";
  out += "    <id>tag:" + authority + "," + day + ":" + html_escape(e.change.object) + "/" + std::to_string(e.serial) +
         "</id>\n";
  out += "    <title>" + html_escape(words.title) + "</title>\n";
  out += "    <updated>" + rfc3339(e.seen) + "</updated>\n";
  out += "    <link rel=\"alternate\" type=\"text/html\" href=\"" +
         html_escape(link_to(options, feed_path, e.change.path)) + "\"/>\n";
  out += "    <category term=\"" + html_escape(e.change.committee) + "\"/>\n";
  out += "    <summary>" + html_escape(words.summary) + "</summary>\n";
  out += "  </entry>\n";
}

}  // namespace

std::string rfc3339(Seconds time) {
  const auto day = std::chrono::floor<std::chrono::days>(time);
  const std::chrono::year_month_day date{day};
  const std::chrono::hh_mm_ss clock{time - day};
  char text[32];
  std::snprintf(text, sizeof text, "%04d-%02u-%02uT%02d:%02d:%02dZ", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
                static_cast<int>(clock.hours().count()), static_cast<int>(clock.minutes().count()),
                static_cast<int>(clock.seconds().count()));
  return text;
}

std::string tag_authority(std::string_view base_url) {
  auto host = base_url.substr(std::min(base_url.size(), base_url.find("://") == std::string_view::npos
                                                             ? base_url.size()
                                                             : base_url.find("://") + 3));
  host = host.substr(0, host.find_first_of("/:?#"));
  const bool name = !host.empty() && std::any_of(host.begin(), host.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }) && host.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-") == std::string_view::npos;
  if (!name) return "agendad.invalid";
  std::string lower(host);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return lower;
}

std::string render_changes_feed(const ChangeLog& log, std::string_view committee, std::string_view feed_path,
                                const AtomOptions& options) {
  const std::string authority = tag_authority(options.base_url);
  std::vector<const Entry*> shown;
  for (auto e = log.entries.rbegin(); e != log.entries.rend(); ++e)
    if (committee == "all" || e->change.committee == committee) shown.push_back(&*e);
  const Seconds updated = shown.empty() ? log.started : shown.front()->seen;
  std::string out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en-GB\">\n";
  out += "  <id>tag:" + authority + ",2024:changes/" + html_escape(committee) + (options.members ? "/members" : "") + "</id>\n";
  out += "  <title>" + html_escape(options.title) + "</title>\n";
  out += "  <updated>" + rfc3339(updated) + "</updated>\n";
  out += "  <author><name>" + html_escape(options.council) + "</name></author>\n";
  out += "  <generator version=\"" AGENDAD_VERSION "\">agendad</generator>\n";
  if (!options.base_url.empty() && !options.members)
    out += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"" +
           html_escape(urls::absolute_url(options.base_url, feed_path)) + "\"/>\n";
  out += "  <link rel=\"alternate\" type=\"text/html\" href=\"" + html_escape(link_to(options, feed_path, options.page)) +
         "\"/>\n";
  for (const Entry* e : shown) entry(out, *e, authority, feed_path, options);
  out += "</feed>\n";
  return out;
}

}  // namespace agendad::changes
