// The officers' deadlines feed: publication and report deadlines, actions owed.
#include <gtest/gtest.h>

#include <algorithm>
#include <optional>

#include "feed_testing.hpp"
#include "feeds/ical/feed.hpp"
#include "feeds/ical/planner_calendars.hpp"
#include "planner/load/load.hpp"

namespace agendad::ical {
namespace {

using namespace testing;
using std::chrono::sys_days;

const Seconds loaded_at{sys_days{ymd(2024, 6, 1)} + std::chrono::hours{9}};

struct Example {
  Programme programme;
  PlanningCalendar calendar;
};

Example example() {
  auto files = read_config_directory(AGENDAD_SOURCE_DIR "/config");
  if (!files) throw std::runtime_error(format_line(files.error().front()));
  auto programme = load_programme(*files);
  if (!programme) throw std::runtime_error(format_line(programme.error().front()));
  auto calendar = import_planning_calendar(*programme);
  if (!calendar) throw std::runtime_error(format_line(calendar.error().front()));
  return {std::move(*programme), std::move(*calendar)};
}

ParsedFeed deadlines(const Example& e) {
  auto bytes = render_deadlines_feed(e.programme, "ilsc", e.calendar, feed_options(e.programme),
                                     next_state({}, e.programme, loaded_at));
  if (!bytes) throw std::runtime_error(format_line(bytes.error().front()));
  EXPECT_EQ(byte_problems(*bytes), std::vector<std::string>{});
  return parse_feed(*bytes);
}

// A copy: the feeds these come from are often temporaries.
std::optional<ParsedEvent> find(const ParsedFeed& feed, const std::string& uid) {
  auto found = std::find_if(feed.events.begin(), feed.events.end(), [&](const ParsedEvent& e) { return e.uid == uid; });
  return found == feed.events.end() ? std::nullopt : std::optional(*found);
}

TEST(DeadlinesFeedTest, PublicationDaysLeaveFiveClearWorkingDaysAndSkipBankHolidays) {
  ParsedFeed feed = deadlines(example());
  EXPECT_EQ(feed.vtimezones, 1);
  auto september = find(feed, "ilsc-2024-09-17.publication@agendad");
  ASSERT_TRUE(september);
  EXPECT_TRUE(september->all_day);
  EXPECT_EQ(september->start, utc(2024, 9, 9, 0, 0));  // Monday: 10, 11, 12, 13 and 16 September are clear
  EXPECT_EQ(september->end, utc(2024, 9, 10, 0, 0));   // DTEND exclusive: the next day
  EXPECT_NE(september->summary.find("Tuesday 17 September 2024"), std::string::npos);
  EXPECT_NE(september->description.find("Ofsted Focused Visit Outcome"), std::string::npos);
  // 22 April 2025 follows Good Friday and Easter Monday: publication goes back to Thursday 10 April.
  auto april = find(feed, "ilsc-2025-04-22.publication@agendad");
  ASSERT_TRUE(april);
  EXPECT_EQ(april->start, utc(2025, 4, 10, 0, 0));
  // Workshops have no agenda pack, and the example sets no report deadline.
  EXPECT_FALSE(find(feed, "ilsc-2024-10-21-workshop.publication@agendad"));
  EXPECT_EQ(std::count_if(feed.events.begin(), feed.events.end(),
                          [](const ParsedEvent& e) { return e.uid.ends_with(".publication@agendad"); }),
            8);
  EXPECT_FALSE(std::any_of(feed.events.begin(), feed.events.end(),
                           [](const ParsedEvent& e) { return e.uid.ends_with(".reports@agendad"); }));
}

TEST(DeadlinesFeedTest, ReportDeadlinesWhenTheCouncilSetsThem) {
  Example e = example();
  e.programme.council.rules.report_deadline_working_days = 3;
  ParsedFeed feed = deadlines(e);
  auto reports = find(feed, "ilsc-2024-09-17.reports@agendad");
  ASSERT_TRUE(reports);
  EXPECT_EQ(reports->start, utc(2024, 9, 4, 0, 0));  // three working days before Monday 9 September
  EXPECT_EQ(reports->end - reports->start, 24 * 3600);
  EXPECT_NE(reports->description.find("Natasha Aucott"), std::string::npos);
}

TEST(DeadlinesFeedTest, ActionsOwedAreTodosWithDueDates) {
  Example e = example();
  ParsedFeed feed = deadlines(e);
  std::vector<const ParsedEvent*> todos;
  for (const ParsedEvent& event : feed.events)
    if (event.kind == "VTODO") todos.push_back(&event);
  ASSERT_EQ(todos.size(), 5u);  // the five actions the minutes record
  auto neighbours = find(feed, "statistical-neighbours.action@agendad");
  ASSERT_TRUE(neighbours);
  EXPECT_EQ(neighbours->summary, "Owed to the Commission: a written response on Rotherham's statistical neighbours");
  EXPECT_EQ(neighbours->status, "NEEDS-ACTION");
  EXPECT_NE(neighbours->description.find("Tuesday 4 March 2025, minute 64"), std::string::npos);
  EXPECT_TRUE(neighbours->due.empty());  // the minutes give no date

  auto action = std::find_if(e.programme.actions.begin(), e.programme.actions.end(),
                             [](const Action& a) { return a.id == "statistical-neighbours"; });
  action->due = ymd(2025, 4, 22);
  action->done = true;
  feed = deadlines(e);
  neighbours = find(feed, "statistical-neighbours.action@agendad");
  ASSERT_TRUE(neighbours);
  EXPECT_EQ(neighbours->due, "20250422");
  EXPECT_EQ(neighbours->status, "COMPLETED");
}

TEST(DeadlinesFeedTest, ACancelledMeetingsDeadlinesAreCancelledToo) {
  Example e = example();
  auto meeting = std::find_if(e.programme.meetings.begin(), e.programme.meetings.end(),
                              [](const Meeting& m) { return m.id == "ilsc-2025-01-28"; });
  meeting->status = MeetingStatus::cancelled;
  auto publication = find(deadlines(e), "ilsc-2025-01-28.publication@agendad");
  ASSERT_TRUE(publication);
  EXPECT_EQ(publication->status, "CANCELLED");
}

}  // namespace
}  // namespace agendad::ical
