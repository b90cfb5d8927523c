// The agenda as an accessible, printable HTML page: one h1 (the committee), the particulars as a
// description list, the items as an ordered list of headed sections.
#include "feeds/pages/agenda.hpp"
#include "feeds/pages/agenda_membership.hpp"
#include "feeds/pages/escape.hpp"
#include "feeds/pages/html_page.hpp"
#include "feeds/urls/paths.hpp"

namespace agendad::pages {

std::string agenda_html(const AgendaDraft& draft) {
  std::string body = "<header>\n";
  for (const std::string& mark : draft.marks)
    body += std::string("<p class=\"mark") + (draft.status == "cancelled" ? " cancelled" : "") + "\" role=\"note\">" +
            h(mark) + "</p>\n";
  body += "<h1>" + h(draft.heading) + "</h1>\n<dl class=\"particulars\">\n";
  auto particular = [&](std::string_view term, const std::string& value) {
    if (!value.empty()) body += "<div><dt>" + h(term) + "</dt> <dd>" + h(value) + "</dd></div>\n";
  };
  particular("Date and Time:-", draft.date_and_time);
  particular("Venue:-", draft.venue);
  particular("Membership:-", draft.membership);
  body += "</dl>\n";
  for (const std::string& note : draft.membership_notes) body += "<p class=\"membership-note\">" + h(note) + "</p>\n";
  body += "</header>\n<main>\n";
  if (draft.attendance) {
    body += "<section aria-labelledby=\"attendance\">\n<h2 id=\"attendance\">" +
            h(attendance_heading(*draft.attendance)) + "</h2>\n<dl class=\"particulars\">\n";
    for (const AttendanceLine& line : attendance_lines(*draft.attendance)) particular(line.label, line.text);
    body += "</dl>\n</section>\n";
  }
  for (const std::string& notice : draft.notices) body += "<p>" + h(notice) + "</p>\n";
  if (urls::is_web_url(draft.webcast_url))
    body += "<p class=\"no-print\"><a href=\"" + h(draft.webcast_url) + "\">Watch the webcast</a></p>\n";
  if (draft.kind != "workshop") {  // a workshop has no agenda pack
    const std::string self = urls::agenda_path(draft.committee_id, draft.date, urls::AgendaFormat::html);
    auto pdf = [&](bool pack) { return h(urls::relative_link(self, urls::agenda_pdf_path(draft.committee_id, draft.date, pack))); };
    body += "<p class=\"no-print\">As PDF: <a href=\"" + pdf(false) + "\">the front sheet</a>, <a href=\"" + pdf(true) +
            "\">the agenda pack</a> (the front sheet and the papers, numbered).</p>\n";
  }
  body += "<section aria-labelledby=\"agenda\">\n<h2 id=\"agenda\">AGENDA</h2>\n<ol class=\"agenda\">\n";
  for (const AgendaEntry& entry : draft.entries) {
    body += "<li id=\"item-" + std::to_string(entry.number) + "\">\n<h3>" + h(heading_line(entry)) + "</h3>\n";
    if (!entry.published_title.empty())
      body += "<p class=\"exempt\">Published as: " + h(entry.published_title) + "</p>\n";
    if (!entry.exempt_note.empty()) body += "<p class=\"exempt\">" + h(entry.exempt_note) + "</p>\n";
    if (!entry.text.empty()) body += "<p>" + h(entry.text) + "</p>\n";
    if (!entry.includes.empty()) {
      body += "<ul class=\"plain\">\n";
      for (const std::string& sub : entry.includes) body += "<li>" + h(sub) + "</li>\n";
      body += "</ul>\n";
    }
    for (const std::string& resolution : entry.resolutions)
      body += "<p class=\"resolution\">" + h(resolution) + "</p>\n";
    body += "</li>\n";
  }
  body += "</ol>\n</section>\n";
  if (!draft.proposals.empty()) {
    body += "<section class=\"proposed\" aria-labelledby=\"proposed\">\n<h2 id=\"proposed\">Proposed by the planner</h2>\n"
            "<p>Not yet agreed business: the planner proposes these items for this meeting.</p>\n<ul>\n";
    for (const AgendaEntry& entry : draft.proposals)
      body += "<li class=\"proposed\">" + h(entry.title) + " <em>(proposed)</em></li>\n";
    body += "</ul>\n</section>\n";
  }
  if (!draft.next_meeting.empty()) body += "<p class=\"next-meeting\">" + h(draft.next_meeting) + "</p>\n";
  if (!draft.sign_off.empty()) {
    body += "<p class=\"sign-off\">";
    for (std::size_t i = 0; i < draft.sign_off.size(); ++i) body += (i ? "<br>" : "") + h(draft.sign_off[i]);
    body += "</p>\n";
  }
  if (!draft.notes.empty()) {
    body += "<aside class=\"notes no-print\" aria-labelledby=\"notes\">\n<h2 id=\"notes\">Drafting notes</h2>\n<ul>\n";
    for (const std::string& note : draft.notes) body += "<li>" + h(note) + "</li>\n";
    body += "</ul>\n</aside>\n";
  }
  body += "</main>\n";
  return html_page(draft.committee_name + " – " + long_date(draft.date) + " – Agenda", body);
}

}  // namespace agendad::pages
