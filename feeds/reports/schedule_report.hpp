#pragma once
// What `agendad schedule` prints: the calendar of meetings proposed for a municipal year, body by
// body (kept, proposed with its reason and the soft goals it gave up, what cannot be placed, and
// how a pattern none configured was inferred), the extraordinary meetings proposed, the configured
// meetings that break a hard rule; as text for a clerk or JSON for tools. Values in, text out.
#include <optional>
#include <string>
#include <vector>

#include "planner/model/date.hpp"
#include "planner/model/programme.hpp"
#include "planner/rules/plan.hpp"
#include "planner/schedule/schedule.hpp"
#include "planner/schedule/validate.hpp"

namespace agendad::reports {

struct CalendarReport {
  const planner::Programme& programme;  // with the extraordinary meetings proposed
  const planner::CalendarProposal& calendar;
  const planner::ExtraordinaryProposals& extraordinary;
  const std::vector<planner::Violation>& fixed_clashes;  // meetings already configured that break a hard rule
  std::optional<planner::Date> as_of;
};

std::string schedule_text(const CalendarReport& report);
std::string schedule_json(const CalendarReport& report);  // indented by 2, ending in a newline

}  // namespace agendad::reports
