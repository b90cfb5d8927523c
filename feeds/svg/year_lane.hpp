#pragma once
// One committee's lane in the picture of a year: its meetings with their loads, the papers' dates,
// the items' deadlines, the flags, and the count of items awaiting a date in the right margin.
#include <cstddef>

#include "feeds/svg/svg_writer.hpp"
#include "feeds/svg/year_scale.hpp"
#include "feeds/svg/year_view.hpp"

namespace agendad::svg {

// Rows within a lane, from its top.
struct LaneRows {
  static constexpr double bar_foot = 104;  // the load bars stand on this line
  static constexpr double bar_room = 70;   // the tallest bar
  static constexpr double meeting = 118;
  static constexpr double papers = 140;
  static constexpr double deadlines = 160;
  static constexpr double flags = 180;
};

void draw_lane(SvgWriter& out, const YearScale& scale, const Lane& lane, std::size_t index);

}  // namespace agendad::svg
