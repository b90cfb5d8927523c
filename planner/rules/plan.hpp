#pragma once
// The planner's answer for a programme on a date: for each committee, the shortlist, the proposed
// meetings and the flags. Pure: the as-of date and the calendar are passed in.
#include <string>
#include <vector>

#include "planner/rules/flags.hpp"

namespace agendad {

struct CommitteePlan {
  std::string committee;
  std::vector<Outcome> shortlist;  // selected items in rank order, then the rest
  Proposals proposals;
  std::vector<Flag> flags;         // most urgent first
};

struct Plan {
  Date as_of;
  std::vector<CommitteePlan> committees;  // in configuration order
};

Plan plan(const Programme& programme, const PlanningCalendar& calendar, Date as_of);

}  // namespace agendad
