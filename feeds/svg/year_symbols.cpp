#include "feeds/svg/year_symbols.hpp"

#include "feeds/svg/year_scale.hpp"

namespace agendad::svg {

using planner::FlagSeverity;

namespace {

std::string points(std::initializer_list<std::pair<double, double>> corners) {
  std::string text;
  for (const auto& [x, y] : corners) {
    if (!text.empty()) text += ' ';
    text += number(x) + "," + number(y);
  }
  return text;
}

void circle(SvgWriter& out, double x, double y, double r, const char* fill, const char* dash = nullptr) {
  if (dash)
    out.empty("circle", {{"cx", number(x)}, {"cy", number(y)}, {"r", number(r)}, {"fill", fill}, {"stroke", ink},
                         {"stroke-width", "1.5"}, {"stroke-dasharray", dash}});
  else
    out.empty("circle", {{"cx", number(x)}, {"cy", number(y)}, {"r", number(r)}, {"fill", fill}, {"stroke", ink},
                         {"stroke-width", "1.5"}});
}

}  // namespace

void meeting_symbol(SvgWriter& out, MarkKind kind, double x, double y) {
  switch (kind) {
    case MarkKind::ordinary: return circle(out, x, y, 6, ink);
    case MarkKind::proposed: return circle(out, x, y, 6, "#ffffff", "2.5 1.5");
    case MarkKind::joint:
      circle(out, x, y, 7.5, "#ffffff");
      return circle(out, x, y, 4, ink);
    case MarkKind::workshop:
      return out.empty("rect", {{"x", number(x - 5.5)}, {"y", number(y - 5.5)}, {"width", "11"}, {"height", "11"},
                                {"fill", "#ffffff"}, {"stroke", ink}, {"stroke-width", "1.5"}});
    case MarkKind::extraordinary:
      return out.empty("polygon", {{"points", points({{x, y - 8}, {x + 7, y}, {x, y + 8}, {x - 7, y}})}, {"fill", ink}});
    case MarkKind::cancelled:
      circle(out, x, y, 6, "#ffffff");
      return out.empty("path", {{"d", "M" + number(x - 6) + " " + number(y - 6) + "L" + number(x + 6) + " " +
                                           number(y + 6) + "M" + number(x + 6) + " " + number(y - 6) + "L" +
                                           number(x - 6) + " " + number(y + 6)},
                                {"stroke", ink}, {"stroke-width", "2"}});
  }
}

void flag_symbol(SvgWriter& out, FlagSeverity severity, double x, double y) {
  const auto triangle = points({{x, y - 6}, {x + 6, y + 5}, {x - 6, y + 5}});
  switch (severity) {
    case FlagSeverity::critical: return out.empty("polygon", {{"points", triangle}, {"fill", ink}});
    case FlagSeverity::warning:
      return out.empty("polygon", {{"points", triangle}, {"fill", "#ffffff"}, {"stroke", ink}, {"stroke-width", "1.5"}});
    case FlagSeverity::info: return circle(out, x, y, 3.5, "#ffffff");
  }
}

void deadline_symbol(SvgWriter& out, bool assumed, double x, double y) {
  const auto triangle = points({{x - 6, y - 5}, {x + 6, y - 5}, {x, y + 6}});
  if (assumed)
    out.empty("polygon", {{"points", triangle}, {"fill", "#ffffff"}, {"stroke", ink}, {"stroke-width", "1.5"},
                          {"stroke-dasharray", "2 1.5"}});
  else
    out.empty("polygon", {{"points", triangle}, {"fill", "#ffffff"}, {"stroke", ink}, {"stroke-width", "2"}});
}

void report_deadline_symbol(SvgWriter& out, double x, double y) { circle(out, x, y, 3, "#ffffff"); }

void publication_symbol(SvgWriter& out, double x, double y) {
  out.empty("rect", {{"x", number(x - 3)}, {"y", number(y - 3)}, {"width", "6"}, {"height", "6"}, {"fill", ink}});
}

void bank_holiday_symbol(SvgWriter& out, double x, double y) {
  out.empty("rect", {{"x", number(x - 3.5)}, {"y", number(y - 3.5)}, {"width", "7"}, {"height", "7"},
                     {"fill", "#ffffff"}, {"stroke", ink}, {"stroke-width", "1.2"}});
}

void body_meeting_symbol(SvgWriter& out, double x, double y) {
  out.empty("polygon", {{"points", points({{x, y - 5}, {x + 5, y}, {x, y + 5}, {x - 5, y}})}, {"fill", "#ffffff"},
                        {"stroke", ink}, {"stroke-width", "1.5"}});
}

void load_bar(SvgWriter& out, const YearMeeting& meeting, double x, double base, double unit) {
  constexpr double half = 6;
  const double booked = unit * meeting.booked;
  const double proposed = unit * meeting.proposed;
  if (booked > 0)
    out.empty("rect", {{"x", number(x - half)}, {"y", number(base - booked)}, {"width", number(2 * half)},
                       {"height", number(booked)}, {"fill", booked_fill}});
  if (proposed > 0)
    out.empty("rect", {{"x", number(x - half)}, {"y", number(base - booked - proposed)}, {"width", number(2 * half)},
                       {"height", number(proposed)}, {"fill", "url(#agendad-proposed)"}, {"stroke", ink},
                       {"stroke-width", "0.8"}});
  const double capacity = unit * meeting.capacity;
  if (meeting.capacity_assumed)
    out.empty("rect", {{"x", number(x - half - 2)}, {"y", number(base - capacity)}, {"width", number(2 * half + 4)},
                       {"height", number(capacity)}, {"fill", "none"}, {"stroke", ink}, {"stroke-width", "1.2"},
                       {"stroke-dasharray", "3 2"}});
  else
    out.empty("rect", {{"x", number(x - half - 2)}, {"y", number(base - capacity)}, {"width", number(2 * half + 4)},
                       {"height", number(capacity)}, {"fill", "none"}, {"stroke", ink}, {"stroke-width", "1.2"}});
}

void pattern_definitions(SvgWriter& out) {
  out.open("defs");
  out.open("pattern", {{"id", "agendad-proposed"}, {"width", "4"}, {"height", "4"}, {"patternUnits", "userSpaceOnUse"},
                       {"patternTransform", "rotate(45)"}});
  out.empty("rect", {{"width", "4"}, {"height", "4"}, {"fill", "#ffffff"}});
  out.empty("line", {{"x1", "0"}, {"y1", "0"}, {"x2", "0"}, {"y2", "4"}, {"stroke", ink}, {"stroke-width", "1.6"}});
  out.close("pattern");
  out.open("pattern", {{"id", "agendad-blackout"}, {"width", "8"}, {"height", "8"}, {"patternUnits", "userSpaceOnUse"}});
  out.empty("path", {{"d", "M0 0L8 8M8 0L0 8"}, {"stroke", "#8c8c8c"}, {"stroke-width", "0.8"}});
  out.close("pattern");
  out.open("pattern", {{"id", "agendad-closed"}, {"width", "6"}, {"height", "6"}, {"patternUnits", "userSpaceOnUse"}});
  out.empty("circle", {{"cx", "3"}, {"cy", "3"}, {"r", "0.9"}, {"fill", "#8c8c8c"}});
  out.close("pattern");
  out.close("defs");
}

}  // namespace agendad::svg
