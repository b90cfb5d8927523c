// The agenda as an accessible, printable HTML page: one h1 (the committee), the particulars as a
// description list, the items as an ordered list of headed sections.
#include "feeds/pages/agenda.hpp"
#include "feeds/drafts/agenda_membership.hpp"
#include "feeds/pages/escape.hpp"
#include "feeds/pages/html_page.hpp"
#include "feeds/urls/paths.hpp"

namespace agendad::pages {

using planner::long_date;

namespace {

// One term of a description list; nothing when the papers give no value.
std::string particular(std::string_view term, const std::string& value) {
  return value.empty() ? "" : "<div><dt>" + h(term) + "</dt> <dd>" + h(value) + "</dd></div>\n";
}

// The marks (DRAFT, members' version, cancelled), the committee, and the meeting's particulars.
std::string header(const drafts::AgendaDraft& draft) {
  std::string out = "<header>\n";
  for (const std::string& mark : draft.marks)
    out += std::string("<p class=\"mark") + (draft.status == "cancelled" ? " cancelled" : "") + "\" role=\"note\">" +
           h(mark) + "</p>\n";
  out += "<h1>" + h(draft.heading) + "</h1>\n<dl class=\"particulars\">\n";
  out += particular("Date and Time:-", draft.date_and_time);
  out += particular("Venue:-", draft.venue);
  out += particular("Membership:-", draft.membership);
  out += "</dl>\n";
  for (const std::string& note : draft.membership_notes) out += "<p class=\"membership-note\">" + h(note) + "</p>\n";
  return out + "</header>\n";
}

// Who attended, from the meeting's minutes, once there are some.
std::string attendance(const drafts::AgendaDraft& draft) {
  if (!draft.attendance) return "";
  std::string out = "<section aria-labelledby=\"attendance\">\n<h2 id=\"attendance\">" +
                    h(drafts::attendance_heading(*draft.attendance)) + "</h2>\n<dl class=\"particulars\">\n";
  for (const drafts::AttendanceLine& line : drafts::attendance_lines(*draft.attendance)) out += particular(line.label, line.text);
  return out + "</dl>\n</section>\n";
}

// The council's notices, the webcast, and the PDFs of a formal meeting (a workshop has no pack).
std::string notices_and_links(const drafts::AgendaDraft& draft) {
  std::string out;
  for (const std::string& notice : draft.notices) out += "<p>" + h(notice) + "</p>\n";
  if (urls::is_web_url(draft.webcast_url))
    out += "<p class=\"no-print\"><a href=\"" + h(draft.webcast_url) + "\">Watch the webcast</a></p>\n";
  if (draft.kind != "workshop") {  // a workshop has no agenda pack
    const std::string self = urls::agenda_path(draft.committee_id, draft.date, urls::AgendaFormat::html);
    auto pdf = [&](bool pack) { return h(urls::relative_link(self, urls::agenda_pdf_path(draft.committee_id, draft.date, pack))); };
    out += "<p class=\"no-print\">As PDF: <a href=\"" + pdf(false) + "\">the front sheet</a>, <a href=\"" + pdf(true) +
           "\">the agenda pack</a> (the front sheet and the papers, numbered).</p>\n";
  }
  return out;
}

std::string entry_item(const drafts::AgendaEntry& entry) {
  std::string out = "<li id=\"item-" + std::to_string(entry.number) + "\">\n<h3>" + h(drafts::heading_line(entry)) + "</h3>\n";
  if (!entry.published_title.empty()) out += "<p class=\"exempt\">Published as: " + h(entry.published_title) + "</p>\n";
  if (!entry.exempt_note.empty()) out += "<p class=\"exempt\">" + h(entry.exempt_note) + "</p>\n";
  if (!entry.text.empty()) out += "<p>" + h(entry.text) + "</p>\n";
  if (!entry.includes.empty()) {
    out += "<ul class=\"plain\">\n";
    for (const std::string& sub : entry.includes) out += "<li>" + h(sub) + "</li>\n";
    out += "</ul>\n";
  }
  for (const std::string& resolution : entry.resolutions) out += "<p class=\"resolution\">" + h(resolution) + "</p>\n";
  return out + "</li>\n";
}

std::string agenda_entries(const drafts::AgendaDraft& draft) {
  std::string out = "<section aria-labelledby=\"agenda\">\n<h2 id=\"agenda\">AGENDA</h2>\n<ol class=\"agenda\">\n";
  for (const drafts::AgendaEntry& entry : draft.entries) out += entry_item(entry);
  return out + "</ol>\n</section>\n";
}

// The planner's proposals, apart from the business agreed.
std::string proposed_items(const drafts::AgendaDraft& draft) {
  if (draft.proposals.empty()) return "";
  std::string out = "<section class=\"proposed\" aria-labelledby=\"proposed\">\n<h2 id=\"proposed\">Proposed by the planner</h2>\n"
                    "<p>Not yet agreed business: the planner proposes these items for this meeting.</p>\n<ul>\n";
  for (const drafts::AgendaEntry& entry : draft.proposals)
    out += "<li class=\"proposed\">" + h(entry.title) + " <em>(proposed)</em></li>\n";
  return out + "</ul>\n</section>\n";
}

// The next meeting, the chief executive's signature, and the clerk's drafting notes (not printed).
std::string closing(const drafts::AgendaDraft& draft) {
  std::string out;
  if (!draft.next_meeting.empty()) out += "<p class=\"next-meeting\">" + h(draft.next_meeting) + "</p>\n";
  if (!draft.sign_off.empty()) {
    out += "<p class=\"sign-off\">";
    for (std::size_t i = 0; i < draft.sign_off.size(); ++i) out += (i ? "<br>" : "") + h(draft.sign_off[i]);
    out += "</p>\n";
  }
  if (!draft.notes.empty()) {
    out += "<aside class=\"notes no-print\" aria-labelledby=\"notes\">\n<h2 id=\"notes\">Drafting notes</h2>\n<ul>\n";
    for (const std::string& note : draft.notes) out += "<li>" + h(note) + "</li>\n";
    out += "</ul>\n</aside>\n";
  }
  return out;
}

}  // namespace

std::string agenda_html(const drafts::AgendaDraft& draft) {
  const std::string body = header(draft) + "<main>\n" + attendance(draft) + notices_and_links(draft) +
                           agenda_entries(draft) + proposed_items(draft) + closing(draft) + "</main>\n";
  return html_page(draft.committee_name + " – " + long_date(draft.date) + " – Agenda", body);
}

}  // namespace agendad::pages
