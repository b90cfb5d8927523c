#include "feeds/svg/year_lane.hpp"

#include <algorithm>

#include "feeds/svg/year_symbols.hpp"

namespace agendad::svg {

using planner::FlagSeverity, planner::day_month_year, planner::long_date;

namespace {

using Rows = LaneRows;

// Long committee names go on two lines in the label column.
std::pair<std::string, std::string> two_lines(const std::string& name) {
  constexpr std::size_t fits = 28;
  if (name.size() <= fits) return {name, ""};
  auto split = name.rfind(' ', fits);
  if (split == std::string::npos) split = fits;
  std::string rest = name.substr(std::min(split + 1, name.size()));
  if (rest.size() > fits) rest = rest.substr(0, fits - 3) + "...";
  return {name.substr(0, split), rest};
}

void labels(SvgWriter& out, const Lane& lane, double top) {
  out.empty("line", {{"x1", "0"}, {"y1", number(top)}, {"x2", number(YearScale::width)}, {"y2", number(top)},
                     {"stroke", ink}, {"stroke-width", "1"}});
  out.open_mark(lane.href, lane.name + ": the work programme");
  out.text("text", {{"x", "8"}, {"y", number(top + 22)}, {"font-size", "16"}, {"font-weight", "bold"}, {"fill", ink}},
           lane.label);
  const auto [first, second] = two_lines(lane.name);
  out.text("text", {{"x", "8"}, {"y", number(top + 40)}, {"font-size", "11"}, {"fill", ink}}, first);
  if (!second.empty()) out.text("text", {{"x", "8"}, {"y", number(top + 54)}, {"font-size", "11"}, {"fill", ink}}, second);
  out.close_mark();
  const std::pair<double, const char*> rows[] = {{Rows::bar_foot - 4, "load"},        {Rows::meeting + 4, "meetings"},
                                                 {Rows::papers + 4, "papers"},        {Rows::deadlines + 4, "deadlines"},
                                                 {Rows::flags + 4, "flags"}};
  for (const auto& [y, word] : rows)
    out.text("text", {{"x", number(YearScale::left - 8)}, {"y", number(top + y)}, {"font-size", "11"},
                      {"text-anchor", "end"}, {"fill", "#404040"}},
             word);
}

void meetings(SvgWriter& out, const YearScale& scale, const Lane& lane, double top) {
  int tallest = 1;
  for (const auto& meeting : lane.meetings)
    if (meeting.formal) tallest = std::max({tallest, meeting.capacity, meeting.booked + meeting.proposed});
  const double unit = std::min(20.0, Rows::bar_room / tallest);
  for (const auto& meeting : lane.meetings) {
    const double x = scale.x(meeting.date);
    out.open_mark(meeting.href, meeting.title);
    if (meeting.formal) load_bar(out, meeting, x, top + Rows::bar_foot, unit);
    meeting_symbol(out, meeting.mark, x, top + Rows::meeting);
    out.close_mark();
  }
}

// The report deadline and the publication date, joined by a line that runs on to the meeting.
void papers(SvgWriter& out, const YearScale& scale, const Lane& lane, double top) {
  const double y = top + Rows::papers;
  for (const auto& meeting : lane.meetings) {
    if (!meeting.publication) continue;
    const double x = scale.x(meeting.date);
    const double published = scale.x(*meeting.publication);
    const double from = meeting.report_deadline ? scale.x(*meeting.report_deadline) : published;
    out.empty("line", {{"x1", number(from)}, {"y1", number(y)}, {"x2", number(x)}, {"y2", number(y)}, {"stroke", ink},
                       {"stroke-width", "1"}});
    out.empty("line", {{"x1", number(x)}, {"y1", number(y)}, {"x2", number(x)}, {"y2", number(top + Rows::meeting + 7)},
                       {"stroke", ink}, {"stroke-width", "1"}});
    if (meeting.report_deadline) {
      out.open_mark(meeting.href, "Reports due " + long_date(*meeting.report_deadline) + " for the meeting of " +
                                      day_month_year(meeting.date));
      report_deadline_symbol(out, from, y);
      out.close_mark();
    }
    out.open_mark(meeting.href, "Agenda to be published by " + long_date(*meeting.publication) +
                                    " for the meeting of " + day_month_year(meeting.date));
    publication_symbol(out, published, y);
    out.close_mark();
  }
}

void deadlines_and_flags(SvgWriter& out, const YearScale& scale, const Lane& lane, double top) {
  for (const auto& deadline : lane.deadlines) {
    const double x = scale.x(deadline.date);
    out.open_mark(deadline.href, deadline.title);
    out.empty("line", {{"x1", number(x)}, {"y1", number(top + 8)}, {"x2", number(x)},
                       {"y2", number(top + Rows::deadlines - 5)}, {"stroke", ink}, {"stroke-width", "1"},
                       {"stroke-dasharray", "1 3"}});
    deadline_symbol(out, deadline.assumed, x, top + Rows::deadlines);
    out.close_mark();
  }
  for (const auto& flag : lane.flags) {
    out.open_mark(flag.href, flag.title);
    flag_symbol(out, flag.severity, scale.x(flag.date), top + Rows::flags);
    out.close_mark();
  }
}

// Flags dated outside the year (or not dated), in the margin's flags row: the most severe one's
// mark and how many, each in the title.
void other_flags(SvgWriter& out, const Lane& lane, double top) {
  if (lane.other_flags.empty()) return;
  FlagSeverity worst = FlagSeverity::info;
  std::string title = "Flags not dated within the year:";
  for (const auto& flag : lane.other_flags) {
    worst = std::min(worst, flag.severity);  // critical is the first, and the least
    title += " " + flag.title + ";";
  }
  title.pop_back();
  const double x = YearScale::right + 20;
  out.open_mark(lane.href, title);
  flag_symbol(out, worst, x, top + Rows::flags);
  out.text("text", {{"x", number(x + 12)}, {"y", number(top + Rows::flags + 4)}, {"font-size", "11"}, {"fill", ink}},
           std::to_string(lane.other_flags.size()) + " more");
  out.close_mark();
}

// The right margin: how many items await a date, and deadlines that fall after the year.
void margin(SvgWriter& out, const Lane& lane, double top) {
  const double x = YearScale::right + 12;
  const std::string awaiting = std::to_string(lane.awaiting) + (lane.awaiting == 1 ? " item" : " items") +
                               " awaiting a date";
  out.open_mark(lane.href, awaiting);
  out.empty("rect", {{"x", number(x)}, {"y", number(top + 30)}, {"width", "100"}, {"height", "74"}, {"fill", "#ffffff"},
                     {"stroke", ink}, {"stroke-width", "1.5"}});
  out.text("text", {{"x", number(x + 50)}, {"y", number(top + 64)}, {"font-size", "30"}, {"font-weight", "bold"},
                    {"text-anchor", "middle"}, {"fill", ink}},
           std::to_string(lane.awaiting));
  out.text("text", {{"x", number(x + 50)}, {"y", number(top + 82)}, {"font-size", "11"}, {"text-anchor", "middle"},
                    {"fill", ink}},
           "awaiting");
  out.text("text", {{"x", number(x + 50)}, {"y", number(top + 96)}, {"font-size", "11"}, {"text-anchor", "middle"},
                    {"fill", ink}},
           "a date");
  out.close_mark();
  other_flags(out, lane, top);
  if (lane.beyond.empty()) return;
  std::string title = "Due after the year:";
  for (const auto& what : lane.beyond) title += " " + what + ";";
  title.pop_back();
  out.open_mark(lane.href, title);
  deadline_symbol(out, false, x + 8, top + Rows::deadlines);
  out.text("text", {{"x", number(x + 20)}, {"y", number(top + Rows::deadlines + 4)}, {"font-size", "11"}, {"fill", ink}},
           std::to_string(lane.beyond.size()) + " after 30 Apr");
  out.close_mark();
}

}  // namespace

void draw_lane(SvgWriter& out, const YearScale& scale, const Lane& lane, std::size_t index) {
  const double top = scale.lane_top(index);
  out.open("g", {{"id", "lane-" + lane.committee}});
  labels(out, lane, top);
  out.empty("line", {{"x1", number(YearScale::left)}, {"y1", number(top + Rows::bar_foot)},
                     {"x2", number(YearScale::right)}, {"y2", number(top + Rows::bar_foot)}, {"stroke", grid},
                     {"stroke-width", "1"}});
  papers(out, scale, lane, top);
  meetings(out, scale, lane, top);
  deadlines_and_flags(out, scale, lane, top);
  margin(out, lane, top);
  out.close("g");
}

}  // namespace agendad::svg
