// The Summary Work Programme as the seeds' pack prints it: the particulars, the meetings with
// their items, the Items for Scheduling, the principles; then the planner's proposals, marked as
// proposals, since the committee is asked to consider and approve them.
#include "feeds/pack/documents.hpp"

namespace agendad::pack {

using planner::long_date;

namespace {

void add_item(std::vector<Block>& blocks, const pages::WorkProgrammeItem& item, const std::string& status) {
  blocks.push_back({BlockStyle::bullet, "• " + item.item.title + (status.empty() ? "" : " – " + status)});
  for (const std::string& sub : item.includes) blocks.push_back({BlockStyle::bullet, "    – " + sub});
}

void add_list(std::vector<Block>& blocks, const std::string& heading, const std::vector<std::string>& entries) {
  if (entries.empty()) return;
  blocks.push_back({BlockStyle::heading, heading});
  for (const std::string& entry : entries) blocks.push_back({BlockStyle::bullet, "• " + entry});
}

void add_proposals(std::vector<Block>& blocks, const pages::WorkProgrammeView& view) {
  if (view.proposals.empty() && view.unplaced.empty()) return;
  blocks.push_back({BlockStyle::heading, "Proposed by the planner"});
  blocks.push_back({BlockStyle::body, "Proposals, not decisions: nothing here is booked until the committee agrees it."});
  for (const pages::ProposedPlacement& p : view.proposals)
    blocks.push_back({BlockStyle::bullet, "• " + p.item.title + " – " + pages::short_date(p.date) + ": " + p.reason});
  for (const pages::UnplacedItem& u : view.unplaced)
    blocks.push_back({BlockStyle::bullet, "• " + u.item.title + " – no meeting can take it: " + u.reason});
}

}  // namespace

std::vector<Block> work_programme_blocks(const pages::WorkProgrammeView& view) {
  std::vector<Block> blocks;
  if (view.members)
    blocks.push_back({BlockStyle::bold, "Members' version: contains exempt information. Not for publication."});
  blocks.push_back({BlockStyle::title, view.title});
  std::string particulars;
  auto particular = [&](const std::string& term, const std::string& value) {
    if (!value.empty()) particulars += (particulars.empty() ? "" : "\n") + term + " " + value;
  };
  particular("Chair:", view.chair);
  particular("Vice-Chair:", view.vice_chair);
  particular("Governance Advisor:", view.governance_advisor);
  particular("Link Officer:", view.link_officer);
  if (!particulars.empty()) blocks.push_back({BlockStyle::body, particulars});
  blocks.push_back({BlockStyle::body, "As the papers stood on " + long_date(view.as_of) + "."});
  for (const pages::WorkProgrammeMeeting& meeting : view.meetings) {
    std::string heading = meeting.label;
    for (const std::string& mark : meeting.marks) heading += " (" + mark + ")";
    blocks.push_back({BlockStyle::heading, heading});
    for (const pages::WorkProgrammeItem& item : meeting.items) add_item(blocks, item, "");
  }
  blocks.push_back({BlockStyle::heading, "Items for Scheduling"});
  if (view.for_scheduling.empty()) blocks.push_back({BlockStyle::body, "None."});
  for (const pages::WorkProgrammeItem& item : view.for_scheduling) add_item(blocks, item, item.status);
  if (!view.endorsement.empty()) {
    blocks.push_back({BlockStyle::heading, "Principles for long and short listing"});
    blocks.push_back({BlockStyle::body, view.endorsement});
  }
  add_list(blocks, "Establish as a starting point:", view.starting_point);
  add_list(blocks, "Agree principles for longlisting:", view.longlisting);
  add_list(blocks, "Developing a consistent shortlisting criteria e.g.", view.shortlisting);
  add_proposals(blocks, view);
  return blocks;
}

}  // namespace agendad::pack
