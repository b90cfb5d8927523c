#include "feeds/svg/year_legend.hpp"

#include <functional>

#include "feeds/svg/year_scale.hpp"
#include "feeds/svg/year_symbols.hpp"

namespace agendad::svg {

using planner::FlagSeverity;

namespace {

using Draw = std::function<void(SvgWriter&, double, double)>;

struct Entry {
  const char* words;
  Draw draw;
};

YearMeeting bar(int booked, int proposed, int capacity, bool assumed) {
  YearMeeting meeting;
  meeting.booked = booked;
  meeting.proposed = proposed;
  meeting.capacity = capacity;
  meeting.capacity_assumed = assumed;
  return meeting;
}

Draw meeting(MarkKind kind) {
  return [kind](SvgWriter& out, double x, double y) { meeting_symbol(out, kind, x, y); };
}

Draw flag(FlagSeverity severity) {
  return [severity](SvgWriter& out, double x, double y) { flag_symbol(out, severity, x, y); };
}

Draw load(int booked, int proposed, bool assumed) {
  return [=](SvgWriter& out, double x, double y) { load_bar(out, bar(booked, proposed, 2, assumed), x, y + 8, 8); };
}

Draw swatch(const char* fill) {
  return [fill](SvgWriter& out, double x, double y) {
    out.empty("rect", {{"x", number(x - 8)}, {"y", number(y - 7)}, {"width", "16"}, {"height", "14"}, {"fill", fill},
                       {"stroke", "#8c8c8c"}, {"stroke-width", "0.8"}});
  };
}

void today_line(SvgWriter& out, double x, double y) {
  out.empty("line", {{"x1", number(x)}, {"y1", number(y - 9)}, {"x2", number(x)}, {"y2", number(y + 9)}, {"stroke", ink},
                     {"stroke-width", "2.5"}, {"stroke-dasharray", "7 4"}});
}

std::vector<Entry> entries() {
  return {
      {"ordinary meeting", meeting(MarkKind::ordinary)},
      {"workshop", meeting(MarkKind::workshop)},
      {"extraordinary meeting", meeting(MarkKind::extraordinary)},
      {"joint meeting", meeting(MarkKind::joint)},
      {"proposed by the planner", meeting(MarkKind::proposed)},
      {"cancelled", meeting(MarkKind::cancelled)},
      {"booked items, capacity", load(1, 0, false)},
      {"planner's proposals", load(1, 1, false)},
      {"capacity assumed", load(1, 0, true)},
      {"reports due", report_deadline_symbol},
      {"agenda published by", publication_symbol},
      {"item due before", [](SvgWriter& out, double x, double y) { deadline_symbol(out, false, x, y); }},
      {"critical flag", flag(FlagSeverity::critical)},
      {"warning", flag(FlagSeverity::warning)},
      {"for information", flag(FlagSeverity::info)},
      {"bank holiday", bank_holiday_symbol},
      {"other body (Cabinet)", body_meeting_symbol},
      {"blackout (pre-election)", swatch("url(#agendad-blackout)")},
  };
}

}  // namespace

void legend(SvgWriter& out, double top) {
  constexpr int per_row = 6;
  constexpr double column = (YearScale::width - 16) / per_row;
  out.open("g", {{"id", "legend"}});
  out.text("text", {{"x", "8"}, {"y", number(top)}, {"font-size", "12"}, {"font-weight", "bold"}, {"fill", ink}}, "Key");
  out.open_mark("", "Today is the heavy dashed line");
  today_line(out, 60, top - 4);
  out.text("text", {{"x", "70"}, {"y", number(top)}, {"font-size", "12"}, {"fill", ink}}, "today");
  out.close_mark();
  const auto all = entries();
  for (std::size_t i = 0; i < all.size(); ++i) {
    const double x = 8 + column * static_cast<double>(i % per_row) + 10;
    const std::size_t row = i / per_row;
    const double y = top + 24 + 26 * static_cast<double>(row);
    out.open_mark("", std::string("Key: ") + all[i].words);
    all[i].draw(out, x, y);
    out.text("text", {{"x", number(x + 16)}, {"y", number(y + 4)}, {"font-size", "12"}, {"fill", ink}}, all[i].words);
    out.close_mark();
  }
  out.close("g");
}

}  // namespace agendad::svg
