#pragma once
// An item's "due before": a date, or another body's meeting (Cabinet in July 2025), resolved to
// the day before which the committee must take it.
#include <optional>
#include <string>

#include "planner/model/programme.hpp"
#include "planner/rules/planning_calendar.hpp"

namespace agendad::planner {

struct Deadline {
  Date before;        // the item must be taken at a meeting strictly before this day
  std::string what;   // for messages: "Cabinet in July 2025", "Cabinet on 8 July 2025", "1 June 2025"
  bool assumed = false;  // the body's meeting date is not known: the first day of the month is assumed
  friend bool operator==(const Deadline&, const Deadline&) = default;
};

// nullopt when the item has no due-before (or one naming no date, day or month).
std::optional<Deadline> resolve_deadline(const Programme& programme, const PlanningCalendar& calendar, const Item& item);

}  // namespace agendad::planner
