#pragma once
// One plan, every view: the single function of (programme, calendars, as-of) whose value the
// index, feeds, agenda drafts, work programme, flags, the year picture, `agendad plan` and
// `export` all render. It lives beside the scheduler, not in planner/rules, because proposing an
// extraordinary meeting searches the scheduler's calendar of hard rules.
#include "planner/rules/plan.hpp"
#include "planner/schedule/problem.hpp"

namespace agendad::planner {

// The plan of the agreed meetings; then, for items whose deadlines none of them can meet, the
// extraordinary meetings the scheduler proposes, added to the programme (marked proposed) and
// planned onto, each for its own items, so that every view shows the same meeting for them.
// When no extraordinary meeting can be proposed (the configuration lacks what it needs), the plan
// of the agreed meetings stands and plan.problems says why.
PlannedProgramme plan_programme(Programme programme, const PlanningCalendar& calendar, Date as_of,
                                const ScheduleOptions& options = {});

}  // namespace agendad::planner
