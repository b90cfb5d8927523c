#include "planner/schedule/day_grid.hpp"

namespace agendad::planner {
namespace {

std::string why_not_working(const WorkingCalendar& calendar, Date day) {
  if (is_working_day(calendar, day)) return "";
  if (is_weekend(day)) return weekday_name(weekday_of(day));
  if (calendar.bank_holidays.contains(day)) return "a bank holiday";
  for (const Closure& closure : calendar.closures)
    if (closure.from <= day && day <= closure.to) return closure.reason.empty() ? "a closure" : closure.reason;
  return "not a working day";
}

}  // namespace

DayGrid::DayGrid(Date first, Date last, const WorkingCalendar& calendar, int clear_days) {
  int working = 0;
  for (Date day = first; day <= last; day = add_days(day, 1)) {
    std::string why = why_not_working(calendar, day);
    if (why.empty()) ++working;
    dates_.push_back(day);
    why_not_.push_back(std::move(why));
    bank_holiday_.push_back(calendar.bank_holidays.contains(day));
    working_up_to_.push_back(working);
  }
  for (Date day : dates_) publication_.push_back(index(latest_publication(calendar, day, clear_days)));
}

int DayGrid::index(Date date) const {
  if (dates_.empty() || date < dates_.front() || date > dates_.back()) return -1;
  return static_cast<int>((days(date) - days(dates_.front())).count());
}

int DayGrid::working_days_between(int from, int to) const {
  if (to <= from) return 0;
  return working_up_to_[static_cast<std::size_t>(to)] - working_up_to_[static_cast<std::size_t>(from)];
}

}  // namespace agendad::planner
