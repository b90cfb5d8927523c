// A committee's counts for `agendad check`.
#include "feeds/reports/check_summary.hpp"

namespace agendad::reports {

using planner::Action, planner::Committee, planner::Programme;

CommitteeSummary summarise(const Programme& programme, const Committee& committee) {
  CommitteeSummary summary{&committee, programme.meetings_of(committee.id), programme.items_of(committee.id)};
  summary.actions_owed = static_cast<std::size_t>(
      std::count_if(programme.actions.begin(), programme.actions.end(),
                    [&](const Action& a) { return a.committee == committee.id && !a.done; }));
  return summary;
}

std::string plural(std::size_t count, const std::string& one, const std::string& many) {
  return std::to_string(count) + " " + (count == 1 ? one : many);
}

}  // namespace agendad::reports
