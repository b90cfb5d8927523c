#include "planner/rules/working_days.hpp"

#include <algorithm>

namespace agendad::planner {

WorkingCalendar working_calendar(const PlanningCalendar& calendar, const PlanningRules& rules) {
  return WorkingCalendar{calendar.bank_holidays, rules.closures};
}

bool is_working_day(const WorkingCalendar& calendar, Date date) {
  if (is_weekend(date) || calendar.bank_holidays.contains(date)) return false;
  return std::none_of(calendar.closures.begin(), calendar.closures.end(),
                      [date](const Closure& c) { return c.from <= date && date <= c.to; });
}

int clear_working_days_between(const WorkingCalendar& calendar, Date from, Date to) {
  int count = 0;
  for (Date day = add_days(from, 1); day < to; day = add_days(day, 1))
    if (is_working_day(calendar, day)) ++count;
  return count;
}

Date working_days_before(const WorkingCalendar& calendar, Date date, int count) {
  Date day = date;
  for (int found = 0; found < count;) {
    day = add_days(day, -1);
    if (is_working_day(calendar, day)) ++found;
  }
  return day;
}

Date latest_publication(const WorkingCalendar& calendar, Date meeting, int clear_days) {
  // The clear days are the `clear_days` working days just before the meeting; publication is
  // the working day before the earliest of them.
  Date earliest_clear = clear_days > 0 ? working_days_before(calendar, meeting, clear_days) : meeting;
  return working_days_before(calendar, earliest_clear, 1);
}

}  // namespace agendad::planner
