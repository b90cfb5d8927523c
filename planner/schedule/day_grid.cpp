#include "planner/schedule/day_grid.hpp"

namespace agendad {

DayGrid::DayGrid(Date first, Date last, const std::set<Date>& bank_holidays,
                 const std::vector<Closure>& closures) {
  int working = 0;
  for (Date day = first; day <= last; day = add_days(day, 1)) {
    std::string why;
    if (is_weekend(day)) why = weekday_name(weekday_of(day));
    bool holiday = bank_holidays.contains(day);
    if (why.empty() && holiday) why = "a bank holiday";
    for (const Closure& closure : closures)
      if (why.empty() && closure.from <= day && day <= closure.to)
        why = closure.reason.empty() ? "a closure" : closure.reason;
    if (why.empty()) ++working;
    dates_.push_back(day);
    why_not_.push_back(std::move(why));
    bank_holiday_.push_back(holiday);
    working_up_to_.push_back(working);
  }
}

int DayGrid::index(Date date) const {
  if (dates_.empty() || date < dates_.front() || date > dates_.back()) return -1;
  return static_cast<int>((days(date) - days(dates_.front())).count());
}

int DayGrid::working_days_between(int from, int to) const {
  if (to <= from) return 0;
  return working_up_to_[static_cast<std::size_t>(to)] - working_up_to_[static_cast<std::size_t>(from)];
}

int DayGrid::publication_day(int meeting, int clear) const {
  for (int day = meeting - 1; day >= 0; --day)
    if (working(day) && working_days_between(day, meeting - 1) >= clear) return day;
  return -1;
}

}  // namespace agendad
