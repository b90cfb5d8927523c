#pragma once
// When the planner cannot place items with deadlines at any meeting left (as of a date), propose an
// extraordinary meeting of the committee on the best date that meets them: the committee's usual
// weekday, start and room, as late as the deadline allows (report authors get the most time), with
// every hard rule of the scheduler kept against the meetings already in the programme, and its
// agenda still publishable as of the date.
//
// Deadlines come from planner/rules (resolve_deadline): a date, or another body's meeting. When
// that body is one the committee feeds (pattern.feeds), the meeting falls at least its
// working_days_before_fed_body before; otherwise on or before the day that body's agenda must go
// out, so that the committee's views can go into its papers.
#include <string>
#include <vector>

#include "planner/rules/plan.hpp"
#include "planner/rules/planning_calendar.hpp"
#include "planner/schedule/problem.hpp"

namespace agendad::planner {

// `planned` is the plan of `programme` on its agreed meetings: its unplaced items are the ones
// an extraordinary meeting is for. Views take these from plan_programme (planned.hpp).
Result<ExtraordinaryProposals> propose_extraordinary(const Programme& programme, const PlanningCalendar& calendar,
                                                     const Plan& planned, const ScheduleOptions& options = {});

// The same, planning first.
Result<ExtraordinaryProposals> propose_extraordinary(const Programme& programme, const PlanningCalendar& calendar,
                                                     Date as_of, const ScheduleOptions& options = {});

}  // namespace agendad::planner
