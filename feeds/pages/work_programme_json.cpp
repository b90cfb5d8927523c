// The Summary Work Programme as JSON: the same view; dates ISO 8601.
#include <nlohmann/json.hpp>

#include "feeds/urls/paths.hpp"
#include "feeds/pages/work_programme.hpp"

namespace agendad::pages {

using planner::iso;

namespace {

using json = nlohmann::ordered_json;

json ref(const drafts::ItemRef& item) {
  json out = {{"title", item.title}};
  if (!item.id.empty()) out["id"] = item.id;
  return out;
}

json entry(const WorkProgrammeItem& item) {
  json out = ref(item.item);
  if (!item.includes.empty()) out["includes"] = item.includes;
  out["status"] = item.status;
  return out;
}

}  // namespace

std::string work_programme_json(const WorkProgrammeView& view) {
  json meetings = json::array();
  for (const WorkProgrammeMeeting& meeting : view.meetings) {
    json items = json::array();
    for (const WorkProgrammeItem& item : meeting.items) items.push_back(entry(item));
    meetings.push_back({{"id", meeting.id},
                        {"date", iso(meeting.date)},
                        {"label", meeting.label},
                        {"marks", meeting.marks},
                        {"agenda", urls::agenda_path(view.committee_id, meeting.date, urls::AgendaFormat::json)},
                        {"items", std::move(items)}});
  }
  json scheduling = json::array();
  for (const WorkProgrammeItem& item : view.for_scheduling) scheduling.push_back(entry(item));
  json proposals = json::array();
  for (const ProposedPlacement& proposal : view.proposals)
    proposals.push_back({{"item", ref(proposal.item)},
                         {"meeting", {{"id", proposal.meeting}, {"date", iso(proposal.date)}}},
                         {"reason", proposal.reason}});
  json unplaced = json::array();
  for (const UnplacedItem& item : view.unplaced) unplaced.push_back({{"item", ref(item.item)}, {"reason", item.reason}});
  json actions = json::array();
  for (const OwedAction& action : view.actions)
    actions.push_back({{"id", action.id},
                       {"owed", action.owed},
                       {"owed_to", action.owed_to},
                       {"from", action.from},
                       {"due", action.due ? json(iso(*action.due)) : json(nullptr)}});
  json out = {
      {"version", view.members ? "members" : "public"},
      {"committee", {{"id", view.committee_id}, {"name", view.committee_name}}},
      {"as_of", iso(view.as_of)},
      {"title", view.title},
      {"chair", view.chair},
      {"vice_chair", view.vice_chair},
      {"governance_advisor", view.governance_advisor},
      {"link_officer", view.link_officer},
      {"principles",
       {{"endorsement", view.endorsement},
        {"starting_point", view.starting_point},
        {"longlisting", view.longlisting},
        {"shortlisting", view.shortlisting}}},
      {"meetings", std::move(meetings)},
      {"items_for_scheduling", std::move(scheduling)},
      {"proposals", std::move(proposals)},
      {"unplaced", std::move(unplaced)},
      {"actions", std::move(actions)},
  };
  return out.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace agendad::pages
