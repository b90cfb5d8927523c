#include "planner/rules/plan.hpp"

namespace agendad {

Plan plan(const Programme& programme, const PlanningCalendar& calendar, Date as_of) {
  const Snapshot view = snapshot(programme, as_of);
  Plan result{as_of, {}};
  for (const Committee& committee : programme.committees) {
    CommitteePlan part{committee.id, shortlist(programme, calendar, view, committee.id), {}, {}};
    part.proposals = propose(programme, calendar, view, committee.id, part.shortlist);
    part.flags = flags(programme, calendar, view, committee.id, part.proposals);
    result.committees.push_back(std::move(part));
  }
  return result;
}

}  // namespace agendad
