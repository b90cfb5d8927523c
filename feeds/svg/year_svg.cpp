#include "feeds/svg/year_svg.hpp"

#include <algorithm>

#include "feeds/svg/year_lane.hpp"
#include "feeds/svg/year_legend.hpp"
#include "feeds/svg/year_symbols.hpp"

namespace agendad::svg {

using planner::Date, planner::add_days, planner::day_month_year, planner::iso, planner::long_date, planner::month_name;

namespace {

using namespace std::chrono;

std::string short_month(Date first) { return month_name(first.month()).substr(0, 3); }

// Month ticks at each month's first day, the name between them, the year at May and January.
void axis(SvgWriter& out, const YearScale& scale, double bottom) {
  for (Date first = scale.year.first; first <= scale.year.last; first = first + months{1}) {
    const double x = scale.day_start(first);
    const double next = scale.day_start(first + months{1});
    out.empty("line", {{"x1", number(x)}, {"y1", number(YearScale::axis - 14)}, {"x2", number(x)},
                       {"y2", number(bottom)}, {"stroke", grid}, {"stroke-width", "1"}, {"class", "month-tick"},
                       {"data-date", iso(first)}});
    std::string label = short_month(first);
    if (first.month() == May || first.month() == January) label += " " + std::to_string(static_cast<int>(first.year()));
    out.text("text", {{"x", number((x + next) / 2)}, {"y", number(YearScale::axis)}, {"font-size", "12"},
                      {"text-anchor", "middle"}, {"fill", ink}},
             label);
  }
  const double end = scale.day_start(scale.year.last) + (scale.x(scale.year.last) - scale.day_start(scale.year.last)) * 2;
  out.empty("line", {{"x1", number(end)}, {"y1", number(YearScale::axis - 14)}, {"x2", number(end)},
                     {"y2", number(bottom)}, {"stroke", grid}, {"stroke-width", "1"}});
}

void window(SvgWriter& out, const YearScale& scale, const Window& span, const char* fill, double bottom) {
  const Date from = std::max(span.from, scale.year.first);
  const Date to = std::min(span.to, scale.year.last);
  const double x = scale.day_start(from);
  const double width = std::max(2.0, scale.day_start(add_days(to, 1)) - x);
  out.open_mark("", span.title);
  out.empty("rect", {{"x", number(x)}, {"y", number(YearScale::shared_row - 10)}, {"width", number(width)},
                     {"height", number(bottom - YearScale::shared_row + 10)}, {"fill", fill}, {"stroke", "#8c8c8c"},
                     {"stroke-width", "0.8"}});
  out.close_mark();
}

// What every lane shares: blackout windows and closures behind everything, bank holidays (a dotted
// line through the lanes) and the meetings of the bodies the items depend on.
void shared(SvgWriter& out, const YearScale& scale, const YearView& view, double bottom) {
  for (const auto& span : view.closures) window(out, scale, span, "url(#agendad-closed)", bottom);
  for (const auto& span : view.blackouts) window(out, scale, span, "url(#agendad-blackout)", bottom);
  out.text("text", {{"x", number(YearScale::left - 8)}, {"y", number(YearScale::shared_row + 4)}, {"font-size", "11"},
                    {"text-anchor", "end"}, {"fill", "#404040"}},
           "holidays, other bodies");
  for (const auto& holiday : view.bank_holidays) {
    const double x = scale.x(holiday.date);
    out.open_mark("", holiday.title + ", " + long_date(holiday.date));
    out.empty("line", {{"x1", number(x)}, {"y1", number(YearScale::shared_row + 4)}, {"x2", number(x)},
                       {"y2", number(bottom)}, {"stroke", "#8c8c8c"}, {"stroke-width", "1"},
                       {"stroke-dasharray", "1 2"}});
    bank_holiday_symbol(out, x, YearScale::shared_row);
    out.close_mark();
  }
  for (const auto& meeting : view.body_meetings) {
    out.open_mark("", meeting.title);
    body_meeting_symbol(out, scale.x(meeting.date), YearScale::shared_row);
    out.close_mark();
  }
}

// The as-of date: a heavy dashed line through every lane; at the edge when outside the year.
void today(SvgWriter& out, const YearScale& scale, const YearView& view, double bottom) {
  const bool inside = view.year.contains(view.as_of);
  const double x = inside ? scale.x(view.as_of) : view.as_of < view.year.first ? YearScale::left : YearScale::right;
  const std::string title = "Today: " + long_date(view.as_of) + (inside ? "" : ", outside this year");
  out.open_mark("", title);
  out.empty("line", {{"x1", number(x)}, {"y1", number(YearScale::axis + 6)}, {"x2", number(x)}, {"y2", number(bottom)},
                     {"stroke", ink}, {"stroke-width", "2.5"}, {"stroke-dasharray", "7 4"}, {"id", "today"}});
  out.text("text", {{"x", number(x)}, {"y", number(bottom + 14)}, {"font-size", "12"}, {"font-weight", "bold"},
                    {"text-anchor", x > YearScale::right - 60 ? "end" : "middle"}, {"fill", ink}},
           "today, " + day_month_year(view.as_of));
  out.close_mark();
}

}  // namespace

std::string year_svg(const YearView& view) {
  const YearScale scale{view.year};
  const double bottom = scale.lane_top(view.lanes.size());
  const double height = scale.height(view.lanes.size());
  SvgWriter out;
  out.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  out.open("svg", {{"xmlns", "http://www.w3.org/2000/svg"},
                   {"viewBox", "0 0 " + number(YearScale::width) + " " + number(height)},
                   {"width", "100%"},
                   {"role", "img"},
                   {"aria-labelledby", "agendad-title agendad-desc"},
                   {"font-family", "Arial, Helvetica, sans-serif"}});
  out.text("title", {{"id", "agendad-title"}}, view.heading);
  out.text("desc", {{"id", "agendad-desc"}}, year_summary(view));
  pattern_definitions(out);
  out.empty("rect", {{"width", "100%"}, {"height", "100%"}, {"fill", "#ffffff"}});
  out.text("text", {{"x", "8"}, {"y", "24"}, {"font-size", "18"}, {"font-weight", "bold"}, {"fill", ink}}, view.heading);
  out.text("text", {{"x", "8"}, {"y", "42"}, {"font-size", "12"}, {"fill", "#404040"}},
           day_month_year(view.year.first) + " to " + day_month_year(view.year.last) + ", as the programme stood on " +
               day_month_year(view.as_of) + ". Every mark has its detail on hover and links to its page.");
  shared(out, scale, view, bottom);
  axis(out, scale, bottom);
  for (std::size_t i = 0; i < view.lanes.size(); ++i) draw_lane(out, scale, view.lanes[i], i);
  today(out, scale, view, bottom);
  legend(out, bottom + 30);
  out.close("svg");
  return std::move(out).take();
}

}  // namespace agendad::svg
