#include "planner/rules/plan.hpp"

#include <algorithm>

namespace agendad::planner {

namespace {

CommitteePlan committee_part(const Programme& programme, const PlanningCalendar& calendar, const ProgrammeAsOf& view,
                             const std::string& committee, const std::vector<ExtraordinaryMeeting>& extraordinary) {
  CommitteePlan part{committee, shortlist(programme, calendar, view, committee), {}, {}};
  part.proposals = propose(programme, calendar, view, committee, part.shortlist, extraordinary);
  part.flags = flags(programme, calendar, view, committee, part.proposals);
  return part;
}

}  // namespace

Plan plan(const Programme& programme, const PlanningCalendar& calendar, Date as_of,
          const std::vector<ExtraordinaryMeeting>& extraordinary) {
  const ProgrammeAsOf view = programme_as_of(programme, as_of);
  Plan result{as_of, {}, {}, {}};
  for (const Committee& committee : programme.committees)
    result.committees.push_back(committee_part(programme, calendar, view, committee.id, extraordinary));
  return result;
}

Plan plan_of_committee(const Programme& programme, const PlanningCalendar& calendar, const ProgrammeAsOf& view,
                       std::string_view committee) {
  Plan result{view.as_of, {}, {}, {}};
  if (const Committee* known = programme.committee(committee))
    result.committees.push_back(committee_part(programme, calendar, view, known->id, {}));
  return result;
}

const CommitteePlan* committee_plan(const Plan& plan, std::string_view committee) {
  auto found = std::find_if(plan.committees.begin(), plan.committees.end(),
                            [&](const CommitteePlan& part) { return part.committee == committee; });
  return found == plan.committees.end() ? nullptr : &*found;
}

const CommitteePlan* committee_plan(const Plan& plan, const Programme& programme, std::string_view committee) {
  if (const Committee* known = programme.committee(committee); known && plan.committees.size() == programme.committees.size()) {
    const auto at = static_cast<std::size_t>(known - programme.committees.data());
    if (plan.committees[at].committee == committee) return &plan.committees[at];
  }
  return committee_plan(plan, committee);
}

}  // namespace agendad::planner
