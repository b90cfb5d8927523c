#include "planner/rules/plan.hpp"

#include <algorithm>

namespace agendad::planner {

Plan plan(const Programme& programme, const PlanningCalendar& calendar, Date as_of,
          const std::vector<ExtraordinaryMeeting>& extraordinary) {
  const ProgrammeAsOf view = programme_as_of(programme, as_of);
  Plan result{as_of, {}, {}, {}};
  for (const Committee& committee : programme.committees) {
    CommitteePlan part{committee.id, shortlist(programme, calendar, view, committee.id), {}, {}};
    part.proposals = propose(programme, calendar, view, committee.id, part.shortlist, extraordinary);
    part.flags = flags(programme, calendar, view, committee.id, part.proposals);
    result.committees.push_back(std::move(part));
  }
  return result;
}

const CommitteePlan* committee_plan(const Plan& plan, std::string_view committee) {
  auto found = std::find_if(plan.committees.begin(), plan.committees.end(),
                            [&](const CommitteePlan& part) { return part.committee == committee; });
  return found == plan.committees.end() ? nullptr : &*found;
}

}  // namespace agendad::planner
