#include "feeds/svg/year_scale.hpp"

#include <cmath>
#include <cstdio>

namespace agendad::svg {

using planner::Date, planner::days;

namespace {

double days_between(Date from, Date to) { return static_cast<double>((days(to) - days(from)).count()); }

}  // namespace

double YearScale::day_start(Date date) const {
  const double span = days_between(year.first, year.last) + 1;
  return left + (right - left) * days_between(year.first, date) / span;
}

double YearScale::x(Date date) const {
  const double span = days_between(year.first, year.last) + 1;
  return left + (right - left) * (days_between(year.first, date) + 0.5) / span;
}

std::string number(double value) {
  char text[32];
  // Rounded to tenths by integers, so that -0.0 and the libc's rounding never differ by machine.
  const long tenths = std::lround(value * 10);
  std::snprintf(text, sizeof text, "%s%ld.%ld", tenths < 0 ? "-" : "", std::labs(tenths) / 10, std::labs(tenths) % 10);
  return text;
}

}  // namespace agendad::svg
