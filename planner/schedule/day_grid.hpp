#pragma once
// The days of a span laid out as indices, with what the scheduler asks of each many thousand
// times: is it a working day, which bank holiday or closure is it, and how many working days
// separate two of them. Built once per run; every lookup is O(1).
#include <set>
#include <string>
#include <vector>

#include "planner/model/council.hpp"
#include "planner/model/date.hpp"

namespace agendad {

class DayGrid {
 public:
  DayGrid() = default;
  DayGrid(Date first, Date last, const std::set<Date>& bank_holidays, const std::vector<Closure>& closures);

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
  // The latest day on which an agenda can go out and still leave `clear` working days between its
  // publication and the meeting (neither day counted), or -1 before the span.
  int publication_day(int meeting, int clear) const;

 private:
  std::vector<Date> dates_;
  std::vector<std::string> why_not_;
  std::vector<bool> bank_holiday_;
  std::vector<int> working_up_to_;  // working days in [0, day]
};

}  // namespace agendad
