// The front sheet as the council prints it, block for block as agenda_text() lays it out line
// for line, less the drafting notes (they are for the governance advisor, not for publication).
#include "feeds/pack/documents.hpp"

namespace agendad::pack {

std::vector<Block> front_sheet_blocks(const drafts::AgendaDraft& draft) {
  std::vector<Block> blocks{{BlockStyle::title, draft.heading}};
  for (const std::string& mark : draft.marks) blocks.push_back({BlockStyle::bold, mark});
  blocks.push_back({BlockStyle::body, "Date and Time:- " + draft.date_and_time});
  blocks.push_back({BlockStyle::body, "Venue:- " + draft.venue});
  if (!draft.membership.empty()) blocks.push_back({BlockStyle::body, "Membership:- " + draft.membership});
  for (const std::string& notice : draft.notices) blocks.push_back({BlockStyle::body, notice});
  blocks.push_back({BlockStyle::title, "AGENDA"});
  for (const drafts::AgendaEntry& entry : draft.entries) {
    blocks.push_back({BlockStyle::heading, drafts::heading_line(entry)});
    if (!entry.published_title.empty()) blocks.push_back({BlockStyle::body, "Published as: " + entry.published_title});
    if (!entry.exempt_note.empty()) blocks.push_back({BlockStyle::body, entry.exempt_note});
    if (!entry.text.empty()) blocks.push_back({BlockStyle::body, entry.text});
    for (const std::string& sub : entry.includes) blocks.push_back({BlockStyle::bullet, "– " + sub});
    for (const std::string& resolution : entry.resolutions) blocks.push_back({BlockStyle::body, resolution});
  }
  if (!draft.next_meeting.empty()) blocks.push_back({BlockStyle::bold, draft.next_meeting});
  if (!draft.sign_off.empty()) {
    std::string sign_off;
    for (const std::string& line : draft.sign_off) sign_off += (sign_off.empty() ? "" : "\n") + line;
    blocks.push_back({BlockStyle::bold, sign_off});
  }
  return blocks;
}

std::vector<Block> report_to_follow_blocks(const drafts::AgendaEntry& entry) {
  return {{BlockStyle::heading, std::to_string(entry.number) + ". " + entry.title},
          {BlockStyle::centred, "\n\n\n\nReport to follow"}};
}

std::vector<Block> exempt_blocks(const drafts::AgendaEntry& entry) {
  return {{BlockStyle::heading, std::to_string(entry.number) + ". " + entry.title},
          {BlockStyle::centred, "\n\n\n\nNot for publication"},
          {BlockStyle::body, entry.exempt_note + " (as amended). The report is in the members' pack."}};
}

std::vector<Block> blank_page_blocks() {
  return {{BlockStyle::centred, "\n\n\n\n\n\n\n\n\n\n\nThis page is intentionally left blank"}};
}

}  // namespace agendad::pack
