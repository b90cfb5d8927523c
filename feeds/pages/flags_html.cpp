// The flags as an accessible page: per committee a table, most urgent first; severity in words
// as well as colour.
#include "feeds/pages/escape.hpp"
#include "feeds/pages/flags_page.hpp"
#include "feeds/pages/html_page.hpp"
#include "feeds/urls/paths.hpp"

namespace agendad::pages {

using planner::Date, planner::day_month_year, planner::long_date;

namespace {
std::string sentence(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
  return text;
}
}  // namespace

std::string flags_html(const FlagsView& view) {
  return put_together(view, flags_html, &FlagsPart::html, flags_html_section);
}

std::string flags_html(Date as_of, bool members, const std::vector<const FlagsPart*>& parts) {
  std::string body = "<header>\n";
  if (members) body += "<p class=\"mark\" role=\"note\">Members' version. Not for publication.</p>\n";
  body += "<h1>Flags: what needs attention</h1>\n<p>As of " + h(long_date(as_of)) +
          ". Most urgent first: critical, then warnings, then information.</p>\n</header>\n<main>\n";
  for (const FlagsPart* part : parts) body += part->html;
  body += "</main>\n";
  return html_page("Flags – what needs attention", body);
}

std::string flags_html_section(const CommitteeFlags& committee) {
  const std::string self = urls::flags_path(urls::PageFormat::html);
  std::string body = "<section aria-labelledby=\"flags-" + h(committee.id) + "\">\n<h2 id=\"flags-" + h(committee.id) +
                     "\">" + h(committee.name) + "</h2>\n";
  if (committee.flags.empty()) return body + "<p>Nothing needs attention.</p>\n</section>\n";
  body += "<table>\n<thead><tr><th scope=\"col\">Severity</th><th scope=\"col\">Date</th><th scope=\"col\">Reason</th>"
          "<th scope=\"col\">About</th></tr></thead>\n<tbody>\n";
  for (const FlagLine& flag : committee.flags) {
    body += "<tr class=\"" + h(flag.severity) + "\"><th scope=\"row\">" + h(sentence(flag.severity)) + "</th><td class=\"date\">" +
            (flag.when ? h(day_month_year(*flag.when)) : "") + "</td><td>" + h(sentence(flag.message)) +
            "</td><td><a href=\"" + h(urls::relative_link(self, flag.link)) + "\">" + h(flag.link_text) + "</a></td></tr>\n";
  }
  return body + "</tbody>\n</table>\n</section>\n";
}

}  // namespace agendad::pages
