#include "feeds/pages/index_page.hpp"

#include "feeds/pages/escape.hpp"
#include "feeds/pages/html_page.hpp"
#include "feeds/drafts/neighbours.hpp"
#include "feeds/urls/paths.hpp"

namespace agendad::pages {

using planner::Committee, planner::Date, planner::Meeting, planner::MeetingKind, planner::MeetingStatus,
    planner::Programme, planner::Venue, planner::long_date, planner::to_be_confirmed;

namespace {

std::string link(std::string_view href, std::string_view text) {
  return "<a href=\"" + h(href) + "\">" + h(text) + "</a>";
}

std::string when(const Meeting& meeting) {
  // The loader gave formal meetings the committee's usual start; a workshop keeps to its own.
  const auto& start = meeting.start;
  return long_date(meeting.date) + (start ? " at " + agenda_time(*start) + (meeting.start_assumed ? to_be_confirmed : "") : "");
}

std::string status(const Meeting& meeting) {
  std::string text = meeting.status == MeetingStatus::cancelled ? "Cancelled"
                     : meeting.status == MeetingStatus::moved   ? "Moved"
                                                                : "Scheduled";
  if (meeting.kind == MeetingKind::workshop) text += "; workshop";
  if (!meeting.format.empty()) text += "; " + meeting.format;
  if (!meeting.confirmed) text += "; provisional";
  if (meeting.proposed) text += "; proposed by the planner";
  return text;
}

std::string meetings_table(const std::vector<const Meeting*>& meetings,
                           std::string_view caption) {
  std::string out = "<table>\n<caption>" + h(caption) + "</caption>\n<thead><tr><th scope=\"col\">Meeting</th>"
                    "<th scope=\"col\">Status</th><th scope=\"col\">Agenda</th></tr></thead>\n<tbody>\n";
  for (const Meeting* meeting : meetings) {
    auto path = [&](urls::AgendaFormat format) {
      return urls::relative_link(urls::index_path(), urls::agenda_path(meeting->committee, meeting->date, format));
    };
    out += "<tr><th scope=\"row\">" + h(when(*meeting)) + "</th><td>" + h(status(*meeting)) + "</td><td>" +
           link(path(urls::AgendaFormat::html), "Agenda") + " (" + link(path(urls::AgendaFormat::text), "text") + ", " +
           link(path(urls::AgendaFormat::markdown), "Markdown") + ", " + link(path(urls::AgendaFormat::json), "JSON") + ")";
    if (is_formal(*meeting)) {
      auto pdf = [&](bool pack) { return urls::relative_link(urls::index_path(), urls::agenda_pdf_path(meeting->committee, meeting->date, pack)); };
      out += "; " + link(pdf(false), "PDF") + ", " + link(pdf(true), "agenda pack (PDF)");
    }
    out += "</td></tr>\n";
  }
  return out + "</tbody>\n</table>\n";
}

std::string feed_row(std::string_view base_url, bool members, std::string_view name, const std::string& path) {
  std::string https = urls::absolute_url(base_url, path);
  if (members || !urls::is_web_url(https)) {
    // Relative to the page: the members' feeds live under the reader's own token, which this one
    // page for every member does not know (the browser resolves it); and without a usable base
    // address the public page can still offer the feed.
    std::string relative = urls::relative_link(urls::index_path(), path);
    return "<tr><th scope=\"row\">" + h(name) + "</th><td>" +
           (members ? "Your own address, with exempt titles: do not share it" : "No base address is configured") +
           "</td><td>" + link(relative, relative) + "</td></tr>\n";
  }
  return "<tr><th scope=\"row\">" + h(name) + "</th><td class=\"address\">" + link(urls::webcal_url(https), urls::webcal_url(https)) +
         "</td><td class=\"address\">" + link(https, https) + "</td></tr>\n";
}

// The changes feeds, for feed readers to discover (<link rel="alternate">) and people to follow.
std::string changes_links(const Programme& programme) {
  const auto alternate = [](std::string_view name, std::string_view committee) {
    return "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"" + h(name) + "\" href=\"" +
           h(urls::relative_link(urls::index_path(), urls::changes_feed_path(committee))) + "\">\n";
  };
  std::string head = alternate("What changed: every committee", "all");
  for (const Committee& committee : programme.committees)
    head += alternate("What changed: " + committee.name, committee.id);
  return head;
}

std::string changes_section(const Programme& programme) {
  std::string body = "<section aria-labelledby=\"changes\">\n<h2 id=\"changes\">What changed, and the year at a glance</h2>\n"
                     "<p>The changes feeds (Atom) tell a feed reader when a meeting is added, moved or cancelled, "
                     "when an agenda's business changes, when an item gets a date and when a critical flag is "
                     "raised or cleared.</p>\n<ul>\n";
  body += "<li>Every committee: " + link(urls::relative_link(urls::index_path(), urls::changes_feed_path("all")), "changes (Atom)") + ", " +
          link(urls::relative_link(urls::index_path(), urls::year_picture_path("all")), "the year at a glance (SVG)") + "</li>\n";
  for (const Committee& committee : programme.committees)
    body += "<li>" + h(committee.name) + ": " +
            link(urls::relative_link(urls::index_path(), urls::changes_feed_path(committee.id)), "changes (Atom)") + ", " +
            link(urls::relative_link(urls::index_path(), urls::year_picture_path(committee.id)), "the year at a glance (SVG)") + "</li>\n";
  return body + "</ul>\n</section>\n";
}

}  // namespace

std::string index_section(const Programme& programme, const Committee& committee, Date as_of) {
  std::string body = "<section aria-labelledby=\"committee-" + h(committee.id) + "\">\n<h2 id=\"committee-" +
                     h(committee.id) + "\">" + h(committee.name) + "</h2>\n";
  if (const Meeting* next = drafts::next_meeting_from(programme, committee.id, as_of)) {
    body += "<p class=\"next-meeting\">Next meeting: " +
            link(urls::relative_link(urls::index_path(), urls::agenda_path(committee.id, next->date, urls::AgendaFormat::html)),
                 when(*next));
    if (const Venue* venue = programme.venue(next->venue.empty() ? committee.venue : next->venue))
      body += ", " + h(venue->name);
    body += "</p>\n";
  } else {
    body += "<p>No meeting is arranged from " + h(long_date(as_of)) + " on.</p>\n";
  }
  body += "<p>" + link(urls::relative_link(urls::index_path(), urls::work_programme_path(committee.id, urls::PageFormat::html)), "Work programme") +
          " (" + link(urls::relative_link(urls::index_path(), urls::work_programme_path(committee.id, urls::PageFormat::json)), "JSON") + ")</p>\n";
  std::vector<const Meeting*> coming;
  std::vector<const Meeting*> past;
  for (const Meeting* meeting : programme.meetings_of(committee.id)) (meeting->date < as_of ? past : coming).push_back(meeting);
  if (!coming.empty()) body += meetings_table(coming, "Meetings to come");
  if (!past.empty()) body += meetings_table(past, "Earlier meetings");
  return body + "</section>\n";
}

std::string render_index(const Programme& programme, Date as_of, const PageOptions& options) {
  std::vector<std::string> sections;
  sections.reserve(programme.committees.size());
  for (const Committee& committee : programme.committees) sections.push_back(index_section(programme, committee, as_of));
  std::vector<const std::string*> each;
  each.reserve(sections.size());
  for (const std::string& section : sections) each.push_back(&section);
  return render_index(programme, as_of, options, each);
}

std::string render_index(const Programme& programme, Date as_of, const PageOptions& options,
                         const std::vector<const std::string*>& sections) {
  const std::string& base_url = options.base_url.empty() ? programme.council.calendar.base_url : options.base_url;
  const std::string title = (programme.council.name.empty() ? std::string("Committee") : programme.council.name) +
                            ": scrutiny meetings";
  std::string body = "<header>\n";
  if (options.members) body += "<p class=\"mark\" role=\"note\">Members' version. Not for publication.</p>\n";
  body += "<h1>" + h(title) + "</h1>\n<p>Meetings from " + h(long_date(as_of)) + " on. " +
          link(urls::relative_link(urls::index_path(), urls::flags_path(urls::PageFormat::html)), "Flags: what needs attention") + " (" +
          link(urls::relative_link(urls::index_path(), urls::flags_path(urls::PageFormat::json)), "JSON") + ").</p>\n</header>\n<main>\n";
  for (const std::string* section : sections) body += *section;

  body += "<section aria-labelledby=\"calendars\">\n<h2 id=\"calendars\">Subscribe to the calendars</h2>\n"
          "<p>A subscribed calendar keeps itself up to date when a meeting is added, moved or cancelled. The "
          "deadlines calendars hold the dates agendas must be published by, report deadlines and actions owed.</p>\n"
          "<ul>\n"
          "<li><strong>Google Calendar:</strong> Other calendars, +, From URL; paste the web address.</li>\n"
          "<li><strong>Outlook:</strong> Add calendar, Subscribe from web; paste the web address.</li>\n"
          "<li><strong>Apple Calendar:</strong> click the webcal:// link, or File, New Calendar Subscription, and paste it.</li>\n"
          "</ul>\n<table>\n<thead><tr><th scope=\"col\">Calendar</th><th scope=\"col\">Subscribe (webcal)</th>"
          "<th scope=\"col\">Web address</th></tr></thead>\n<tbody>\n";
  body += feed_row(base_url, options.members, "All meetings", urls::all_calendar_path());
  for (const Committee& committee : programme.committees) {
    body += feed_row(base_url, options.members, committee.name + ": meetings", urls::committee_calendar_path(committee.id));
    body += feed_row(base_url, options.members, committee.name + ": deadlines", urls::deadlines_calendar_path(committee.id));
  }
  body += "</tbody>\n</table>\n</section>\n" + changes_section(programme) + "</main>\n";
  return html_page(title, body, changes_links(programme));
}

}  // namespace agendad::pages
