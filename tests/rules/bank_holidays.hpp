#pragma once
// England and Wales bank holidays used by the tests, copied by hand from GOV.UK's list (the
// planner takes plain dates; planner/rules/bank_holidays.hpp computes them and is tested apart).
#include <set>

#include "planner/model/date.hpp"

namespace agendad::test {

inline std::set<planner::Date> england_and_wales_bank_holidays() {
  using namespace std::chrono;
  return {
      2024y / August / 26d,   // Summer bank holiday
      2024y / December / 25d, // Christmas Day
      2024y / December / 26d, // Boxing Day
      2025y / January / 1d,   // New Year's Day
      2025y / April / 18d,    // Good Friday
      2025y / April / 21d,    // Easter Monday
      2025y / May / 5d,       // Early May bank holiday
      2025y / May / 26d,      // Spring bank holiday
      2026y / December / 25d, // Christmas Day (a Friday)
      2026y / December / 28d, // Boxing Day, substitute day (26 December 2026 is a Saturday)
  };
}

}  // namespace agendad::test
