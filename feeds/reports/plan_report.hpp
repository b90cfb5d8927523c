#pragma once
// What `agendad plan` prints: for each committee, the planner's flags (most urgent first), the
// meetings it proposes for the items awaiting a date with their reasons, and the meetings from
// the plan's date on; as text for a clerk or JSON for tools. Values in, text out.
#include <string>

#include "planner/model/programme.hpp"
#include "planner/rules/plan.hpp"

namespace agendad::reports {

std::string plan_text(const planner::Programme& programme, const planner::Plan& plan);
std::string plan_json(const planner::Programme& programme,
                      const planner::Plan& plan);  // indented by 2, ending in a newline

}  // namespace agendad::reports
