#pragma once
// A small programme built in code: the Improving Lives Select Commission around 17 September
// 2024, for tests that change one fact at a time (an exempt item, a cancelled meeting) without
// depending on the configuration loader.
#include "planner/model/programme.hpp"
#include "planner/rules/plan.hpp"

namespace agendad::testing {

planner::Programme small_programme();
planner::Meeting& meeting_on(planner::Programme& programme, planner::Date date);
planner::Date on(int year, unsigned month, unsigned day);

// The plan of a programme as of a date, with no bank holidays: what the pages render.
planner::Plan plan_on(const planner::Programme& programme, planner::Date as_of);

// The plan as of the day after the programme's last meeting: every agenda is out and nothing is
// left to propose, so an agenda shows the business agreed alone, not marked DRAFT.
planner::Plan settled(const planner::Programme& programme);

}  // namespace agendad::testing
