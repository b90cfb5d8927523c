#include "planner/model/wall_time.hpp"

#include <cstdio>

namespace agendad::planner {

std::optional<WallTime> parse_wall_time(std::string_view text) {
  if (text.size() != 5 || text[2] != ':') return std::nullopt;
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  if (!digit(text[0]) || !digit(text[1]) || !digit(text[3]) || !digit(text[4])) return std::nullopt;
  WallTime time{(text[0] - '0') * 10 + (text[1] - '0'), (text[3] - '0') * 10 + (text[4] - '0')};
  if (time.hour > 23 || time.minute > 59) return std::nullopt;
  return time;
}

std::string hh_mm(WallTime time) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "%02d:%02d", time.hour % 100, time.minute % 100);
  return buffer;
}

std::string agenda_time(WallTime time) {
  char buffer[24];
  if (time.hour == 12 && time.minute == 0) return "12.00 noon";
  int hour12 = time.hour % 12 == 0 ? 12 : time.hour % 12;
  std::snprintf(buffer, sizeof buffer, "%d.%02d %s", hour12, time.minute % 100,
                time.hour < 12 ? "a.m." : "p.m.");
  return buffer;
}

WallTime add_minutes(WallTime time, int minutes) {
  int total = time.minutes_since_midnight() + minutes;
  return WallTime{total / 60, total % 60};
}

}  // namespace agendad::planner
