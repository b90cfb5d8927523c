#pragma once
// Where things go in the picture of a year: the time axis and the lanes, in the SVG's own units
// (its viewBox is 1200 wide whatever the screen; the browser scales it to the width it has).
#include <string>

#include "planner/model/date.hpp"
#include "planner/schedule/municipal_year.hpp"

namespace agendad::svg {

struct YearScale {
  static constexpr double width = 1200;
  static constexpr double left = 190;   // lane labels
  static constexpr double right = 1080; // then the margin of items awaiting a date
  static constexpr double axis = 62;    // the month labels' baseline
  static constexpr double shared_row = 84;   // bank holidays and other bodies' meetings
  static constexpr double first_lane = 104;
  static constexpr double lane_height = 196;
  static constexpr double legend_height = 118;

  planner::MunicipalYear year;

  // The middle of the day's column, so that a mark sits between the ticks of its month's first
  // day and the next month's.
  double x(planner::Date date) const;
  // The left edge of the day's column: where a month's tick or a window's start goes.
  double day_start(planner::Date date) const;
  double lane_top(std::size_t lane) const { return first_lane + lane_height * static_cast<double>(lane); }
  double height(std::size_t lanes) const { return lane_top(lanes) + legend_height; }
};

// A coordinate as the SVG writes it: one decimal, always the same bytes for the same number.
std::string number(double value);

}  // namespace agendad::svg
