#include "planner/rules/deadline.hpp"

namespace agendad::planner {

std::optional<Deadline> resolve_deadline(const Programme& programme, const PlanningCalendar& calendar, const Item& item) {
  const auto& due = item.constraints.due_before;
  if (!due) return std::nullopt;
  if (due->date) return Deadline{*due->date, day_month_year(*due->date), false};
  std::string body = programme.body_name(due->body);
  if (due->body_date) return Deadline{*due->body_date, body + " on " + day_month_year(*due->body_date), false};
  if (!due->body_month) return std::nullopt;
  const std::chrono::year_month month = *due->body_month;
  if (auto dates = calendar.body_meetings.find(due->body); dates != calendar.body_meetings.end()) {
    std::optional<Date> first;
    for (Date date : dates->second)
      if (date.year() == month.year() && date.month() == month.month() && (!first || date < *first)) first = date;
    if (first) return Deadline{*first, body + " on " + day_month_year(*first), false};
  }
  // No calendar for the body, or none of its meetings in that month: the earliest the meeting can
  // be is the first of the month, which keeps the item safe whatever day it turns out to be.
  return Deadline{month / std::chrono::day{1}, body + " in " + month_year(month), true};
}

}  // namespace agendad::planner
