#pragma once
// A time of day on the Europe/London wall clock (what the agenda prints), never UTC.
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace agendad::planner {

struct WallTime {
  int hour = 0;
  int minute = 0;
  auto operator<=>(const WallTime&) const = default;
  int minutes_since_midnight() const { return hour * 60 + minute; }
};

// "10:00" -> 10:00; nullopt for 25:00, 10:60, "10" and the like.
std::optional<WallTime> parse_wall_time(std::string_view text);
std::string hh_mm(WallTime time);       // 10:00
std::string agenda_time(WallTime time);  // 10.00 a.m., 2.00 p.m., 12.00 noon
WallTime add_minutes(WallTime time, int minutes);  // clamps nothing: callers keep within a day

}  // namespace agendad::planner
