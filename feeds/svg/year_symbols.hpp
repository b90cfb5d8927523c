#pragma once
// The marks of the year picture, drawn the same in the lanes and in the legend. Each kind differs
// by shape, fill or outline, never by colour alone, so a black-and-white print tells them apart.
#include "feeds/svg/svg_writer.hpp"
#include "feeds/svg/year_view.hpp"

namespace agendad::svg {

inline constexpr const char* ink = "#1a1a1a";
inline constexpr const char* booked_fill = "#4d4d4d";
inline constexpr const char* grid = "#b3b3b3";

void meeting_symbol(SvgWriter& out, MarkKind kind, double x, double y);
void flag_symbol(SvgWriter& out, planner::FlagSeverity severity, double x, double y);
void deadline_symbol(SvgWriter& out, bool assumed, double x, double y);
void report_deadline_symbol(SvgWriter& out, double x, double y);
void publication_symbol(SvgWriter& out, double x, double y);
void bank_holiday_symbol(SvgWriter& out, double x, double y);
void body_meeting_symbol(SvgWriter& out, double x, double y);
// A load bar: `booked` solid, `proposed` hatched above it, and the capacity's outline (dashed when
// assumed); `unit` is the height of one item, `base` the bar's foot.
void load_bar(SvgWriter& out, const YearMeeting& meeting, double x, double base, double unit);
// The patterns the fills name: proposed business, blackout windows, closures.
void pattern_definitions(SvgWriter& out);

}  // namespace agendad::svg
