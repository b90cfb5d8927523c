#pragma once
// The days of a span laid out as indices, with what the scheduler asks of each many thousand
// times: is it a working day (as planner/rules counts them), why not, how many working days
// separate two days, and when its agenda must be out. Built once per run; lookups are O(1).
#include <string>
#include <vector>

#include "planner/model/date.hpp"
#include "planner/rules/working_days.hpp"

namespace agendad::planner {

class DayGrid {
 public:
  DayGrid() = default;
  DayGrid(Date first, Date last, const WorkingCalendar& calendar, int clear_days);

  int size() const { return static_cast<int>(dates_.size()); }
  Date date(int day) const { return dates_[static_cast<std::size_t>(day)]; }
  // The index of a date, or -1 outside the span.
  int index(Date date) const;
  bool working(int day) const { return why_not_[static_cast<std::size_t>(day)].empty(); }
  // Why a day is not a working day ("Saturday", "a bank holiday", the closure's reason); empty if it is.
  const std::string& why_not(int day) const { return why_not_[static_cast<std::size_t>(day)]; }
  bool bank_holiday(int day) const { return bank_holiday_[static_cast<std::size_t>(day)]; }
  // Working days in (from, to]: 0 when to <= from.
  int working_days_between(int from, int to) const;
  // The latest day the agenda of a meeting on `day` can go out with the council's clear working
  // days before it (latest_publication), or -1 if that is before the span.
  int publication_day(int day) const { return publication_[static_cast<std::size_t>(day)]; }

 private:
  std::vector<Date> dates_;
  std::vector<std::string> why_not_;
  std::vector<bool> bank_holiday_;
  std::vector<int> working_up_to_;  // working days in [0, day]
  std::vector<int> publication_;
};

}  // namespace agendad::planner
