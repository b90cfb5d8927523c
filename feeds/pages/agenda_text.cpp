// The agenda as plain text, laid out line for line as the council's front sheet.
#include "feeds/pages/agenda.hpp"
#include "feeds/drafts/agenda_membership.hpp"

namespace agendad::pages {
std::string agenda_text(const drafts::AgendaDraft& draft) {
  std::string out = "\n" + draft.heading + "\n\n";
  for (const std::string& mark : draft.marks) out += "*** " + mark + " ***\n\n";
  out += "Date and Time:- " + draft.date_and_time + "\n\n";
  out += "Venue:- " + draft.venue + "\n\n";
  if (!draft.membership.empty()) out += "Membership:- " + draft.membership + "\n\n";
  for (const std::string& note : draft.membership_notes) out += note + "\n\n";
  if (draft.attendance) {
    out += drafts::attendance_heading(*draft.attendance) + "\n";
    for (const drafts::AttendanceLine& line : drafts::attendance_lines(*draft.attendance)) out += line.label + " " + line.text + "\n";
    out += "\n";
  }
  for (const std::string& notice : draft.notices) out += notice + "\n\n";
  out += "AGENDA\n\n";
  for (const drafts::AgendaEntry& entry : draft.entries) {
    out += drafts::heading_line(entry) + "\n\n";
    if (!entry.published_title.empty()) out += "Published as: " + entry.published_title + "\n\n";
    if (!entry.exempt_note.empty()) out += entry.exempt_note + "\n\n";
    if (!entry.text.empty()) out += entry.text + "\n\n";
    for (const std::string& sub : entry.includes) out += "- " + sub + "\n";
    if (!entry.includes.empty()) out += "\n";
    for (const std::string& resolution : entry.resolutions) out += resolution + "\n\n";
  }
  if (!draft.proposals.empty()) {
    out += "PROPOSED BY THE PLANNER (not yet agreed business)\n\n";
    for (const drafts::AgendaEntry& entry : draft.proposals) out += "- " + entry.title + " (proposed)\n";
    out += "\n";
  }
  if (!draft.next_meeting.empty()) out += draft.next_meeting + "\n\n";
  if (!draft.sign_off.empty()) {
    out += "\n";
    for (const std::string& line : draft.sign_off) out += line + "\n";
  }
  if (!draft.notes.empty()) {
    out += "\nDrafting notes:\n";
    for (const std::string& note : draft.notes) out += "- " + note + "\n";
  }
  return out;
}

}  // namespace agendad::pages
