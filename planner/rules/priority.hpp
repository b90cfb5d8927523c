#pragma once
// What a chair ranks items by: the nearest hard deadline, then merit (the TOPIC total), then age
// (how long the item has waited for a date), then the committee's agreed order. One key for items
// already on the work programme and items newly shortlisted: agreement breaks ties, never more.
#include <cstddef>
#include <optional>
#include <span>

#include "planner/model/programme.hpp"
#include "planner/rules/as_of.hpp"
#include "planner/rules/planning_calendar.hpp"

namespace agendad::planner {

struct Priority {
  std::optional<Date> deadline;  // to be taken before this day; none ranks after any
  std::optional<int> merit;      // the TOPIC total; unscored ranks after any score
  Date waiting_since;            // earlier ranks first
  bool waiting_dated = false;    // false: no paper dates it, so it waits from the as-of date
  std::size_t agreed = 0;        // its place in the committee's work programme (configuration order)
  friend bool operator==(const Priority&, const Priority&) = default;
};

// The day the papers first show the item waiting for a date (a waiting state's since, else the
// item's waiting_since); else the first day the papers record it at all; else the as-of date.
Priority priority_of(const Programme& programme, const PlanningCalendar& calendar, std::size_t item, Date as_of);

// The first key in `order` that tells a from b; nullopt when none does (the same item).
std::optional<PriorityKey> deciding_key(const Priority& a, const Priority& b, std::span<const PriorityKey> order);

// Whether a ranks before b under `order`. Raising a's merit can only make this true, never false.
bool ranks_before(const Priority& a, const Priority& b, std::span<const PriorityKey> order);

}  // namespace agendad::planner
