// The picture's <desc>: the year in words, for screen readers and an <img>'s alt text.
#include <algorithm>

#include "feeds/svg/year_svg.hpp"

namespace agendad::svg {

using planner::FlagSeverity, planner::day_month_year;

namespace {

std::string counted(std::size_t count, const char* one, const char* many) {
  return std::to_string(count) + " " + (count == 1 ? one : many);
}

std::string lane_summary(const Lane& lane) {
  const auto count = [&](MarkKind kind) {
    return static_cast<std::size_t>(std::count_if(lane.meetings.begin(), lane.meetings.end(),
                                                  [&](const YearMeeting& m) { return m.mark == kind; }));
  };
  int booked = 0, proposed = 0;
  for (const auto& meeting : lane.meetings) booked += meeting.booked, proposed += meeting.proposed;
  const auto severity = [&](FlagSeverity wanted) {
    return static_cast<std::size_t>(
        std::count_if(lane.flags.begin(), lane.flags.end(), [&](const YearFlag& f) { return f.severity == wanted; }));
  };
  std::string text = lane.name + ": " + counted(lane.meetings.size(), "meeting", "meetings");
  text += " (" + counted(count(MarkKind::workshop), "workshop", "workshops") + ", " +
          counted(count(MarkKind::cancelled), "cancelled", "cancelled") + ", " +
          counted(count(MarkKind::proposed), "proposed by the planner", "proposed by the planner") + "); ";
  text += counted(static_cast<std::size_t>(booked), "item", "items") + " booked and " +
          std::to_string(proposed) + " proposed; " + counted(static_cast<std::size_t>(lane.awaiting), "item", "items") +
          " awaiting a date; " + counted(lane.deadlines.size() + lane.beyond.size(), "deadline", "deadlines") + "; " +
          counted(severity(FlagSeverity::critical), "critical flag", "critical flags") + " and " +
          counted(severity(FlagSeverity::warning), "warning", "warnings") + ".";
  return text;
}

}  // namespace

std::string year_summary(const YearView& view) {
  std::string text = "The municipal year " + view.year.label + ", " + day_month_year(view.year.first) + " to " +
                     day_month_year(view.year.last) + ", as of " + day_month_year(view.as_of) + ", with " +
                     counted(view.bank_holidays.size(), "bank holiday", "bank holidays");
  if (!view.blackouts.empty()) text += " and " + counted(view.blackouts.size(), "blackout window", "blackout windows");
  text += ".";
  for (const auto& lane : view.lanes) text += " " + lane_summary(lane);
  return text;
}

}  // namespace agendad::svg
