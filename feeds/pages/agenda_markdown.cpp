// The agenda as Markdown: the front sheet's layout, with every configured string escaped.
#include "feeds/pages/agenda.hpp"
#include "feeds/drafts/agenda_membership.hpp"
#include "feeds/pages/escape.hpp"

namespace agendad::pages {
std::string agenda_markdown(const drafts::AgendaDraft& draft) {
  auto md = [](std::string_view text) { return markdown_escape(text); };
  std::string out = "# " + md(draft.heading) + "\n\n";
  for (const std::string& mark : draft.marks) out += "> **" + md(mark) + "**\n\n";
  out += "**Date and Time:-** " + md(draft.date_and_time) + "\n\n";
  out += "**Venue:-** " + md(draft.venue) + "\n\n";
  if (!draft.membership.empty()) out += "**Membership:-** " + md(draft.membership) + "\n\n";
  for (const std::string& note : draft.membership_notes) out += "*" + md(note) + "*\n\n";
  if (draft.attendance) {
    out += "**" + md(drafts::attendance_heading(*draft.attendance)) + "**\n\n";
    for (const drafts::AttendanceLine& line : drafts::attendance_lines(*draft.attendance))
      out += "- **" + md(line.label) + "** " + md(line.text) + "\n";
    out += "\n";
  }
  for (const std::string& notice : draft.notices) out += md(notice) + "\n\n";
  if (!draft.webcast_url.empty()) out += "Webcast: " + md(draft.webcast_url) + "\n\n";
  out += "## AGENDA\n\n";
  for (const drafts::AgendaEntry& entry : draft.entries) {
    out += "### " + md(drafts::heading_line(entry)) + "\n\n";
    if (!entry.published_title.empty()) out += "*Published as:* " + md(entry.published_title) + "\n\n";
    if (!entry.exempt_note.empty()) out += "*" + md(entry.exempt_note) + "*\n\n";
    if (!entry.text.empty()) out += md(entry.text) + "\n\n";
    for (const std::string& sub : entry.includes) out += "- " + md(sub) + "\n";
    if (!entry.includes.empty()) out += "\n";
    for (const std::string& resolution : entry.resolutions) out += "> " + md(resolution) + "\n\n";
  }
  if (!draft.proposals.empty()) {
    out += "## Proposed by the planner\n\nNot yet agreed business.\n\n";
    for (const drafts::AgendaEntry& entry : draft.proposals) out += "- " + md(entry.title) + " *(proposed)*\n";
    out += "\n";
  }
  if (!draft.next_meeting.empty()) out += "**" + md(draft.next_meeting) + "**\n\n";
  if (!draft.sign_off.empty()) {
    for (std::size_t i = 0; i < draft.sign_off.size(); ++i)
      out += md(draft.sign_off[i]) + (i + 1 < draft.sign_off.size() ? "  \n" : "\n");
    out += "\n";
  }
  if (!draft.notes.empty()) {
    out += "## Drafting notes\n\n";
    for (const std::string& note : draft.notes) out += "- " + md(note) + "\n";
  }
  return out;
}

}  // namespace agendad::pages
