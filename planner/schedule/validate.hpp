#pragma once
// An independent check of a calendar against the hard rules, meeting by meeting and pair by pair,
// with none of the scheduler's machinery: what tests hold the scheduler to, and what the CLI runs
// over the meetings a programme already fixes.
#include <string>
#include <vector>

#include "planner/model/programme.hpp"
#include "planner/rules/planning_calendar.hpp"

namespace agendad::planner {

struct Violation {
  std::string rule;  // calendar, months, blackout, room, member, advisor, one_a_day, feeds
  std::vector<std::string> meetings;  // ids
  std::string message;
};

// Every hard rule the meetings break, with the programme's committees, venues and council rules.
// Cancelled meetings are left out; months off bind only bodies with a pattern.
std::vector<Violation> hard_violations(const Programme& programme, const PlanningCalendar& calendar,
                                       const std::vector<Meeting>& meetings);

}  // namespace agendad::planner
