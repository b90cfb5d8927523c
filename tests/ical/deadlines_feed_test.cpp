// The officers' deadlines feed: publication and report deadlines, actions owed.
#include <gtest/gtest.h>

#include <algorithm>
#include <optional>

#include "feed_testing.hpp"
#include "feeds/ical/feed.hpp"
#include "planner/sources/configuration.hpp"
#include "planner/load/load_programme.hpp"

namespace agendad::ical {

using planner::Action, planner::Meeting, planner::MeetingStatus, planner::PlanningCalendar, planner::Programme;

namespace {

using namespace testing;
using std::chrono::sys_days;

const Seconds loaded_at{sys_days{ymd(2024, 6, 1)} + std::chrono::hours{9}};
const Seconds reloaded_at{sys_days{ymd(2024, 8, 1)} + std::chrono::hours{14}};

struct Example {
  Programme programme;
  PlanningCalendar calendar;
};

Example example() {
  auto loaded = planner::sources::load_configuration(AGENDAD_SOURCE_DIR "/config", ymd(2025, 3, 5));
  if (!loaded) throw std::runtime_error(format_line(loaded.error().front()));
  return {std::move(loaded->programme), std::move(loaded->calendar)};
}

SequenceState first_load(const Example& e) { return next_state({}, e.programme, e.calendar, loaded_at); }

ParsedFeed deadlines(const Example& e, const SequenceState& state) {
  auto bytes = render_deadlines_feed(e.programme, "ilsc", e.calendar, feed_options(e.programme), state);
  if (!bytes) throw std::runtime_error(format_line(bytes.error().front()));
  EXPECT_EQ(byte_problems(*bytes), std::vector<std::string>{});
  return parse_feed(*bytes);
}

ParsedFeed deadlines(const Example& e) { return deadlines(e, first_load(e)); }

// The meetings whose revision differs between two states of the same meetings.
std::vector<std::string> revised(const SequenceState& before, const SequenceState& after) {
  std::vector<std::string> ids;
  for (const auto& [id, revision] : before.meetings)
    if (after.meetings.at(id) != revision) ids.push_back(id);
  return ids;
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

// Issue 17: the Kinship Local Offer's deadline, before Cabinet in July 2025, is an event of its
// own: tentative (the day is assumed), quoting the resolution and the paper's estimated date.
TEST(DeadlinesFeedTest, AnItemsDeadlineIsItsOwnEventWithItsSourcesAndEstimates) {
  ParsedFeed feed = deadlines(example());
  auto kinship = find(feed, "kinship-local-offer.deadline@agendad");
  ASSERT_TRUE(kinship);
  EXPECT_TRUE(kinship->all_day);
  EXPECT_EQ(kinship->start, utc(2025, 7, 1, 0, 0));
  EXPECT_EQ(kinship->status, "TENTATIVE");
  EXPECT_NE(kinship->summary.find("Rotherham Kinship Local Offer"), std::string::npos) << kinship->summary;
  EXPECT_NE(kinship->summary.find("before Cabinet in July 2025"), std::string::npos) << kinship->summary;
  EXPECT_NE(kinship->description.find("1 July 2025 is assumed (an estimate)"), std::string::npos) << kinship->description;
  EXPECT_NE(kinship->description.find("Resolution 63(2) of 4 March 2025"), std::string::npos) << kinship->description;
  EXPECT_NE(kinship->description.find("expected by May 2025, an estimate"), std::string::npos) << kinship->description;
  EXPECT_NE(kinship->description.find("by May 2025."), std::string::npos) << kinship->description;
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

// RFC 5545 3.8.7.4: a deadline that moves is a significant revision, so its SEQUENCE rises, even
// though its meeting did not move.
TEST(DeadlinesFeedTest, ABankHolidayThatMovesADeadlineRaisesThatMeetingsSequenceAlone) {
  Example before = example();
  Example after = before;
  after.calendar.bank_holidays.insert(ymd(2024, 9, 12));  // a one-off, as for a state funeral
  SequenceState first = first_load(before);
  SequenceState second = next_state(first, after.programme, after.calendar, reloaded_at);
  EXPECT_EQ(revised(first, second), std::vector<std::string>{"ilsc-2024-09-17"});
  EXPECT_EQ(second.meetings.at("ilsc-2024-09-17").sequence, first.meetings.at("ilsc-2024-09-17").sequence + 1);

  ParsedFeed feed = deadlines(after, second);
  auto september = find(feed, "ilsc-2024-09-17.publication@agendad");
  ASSERT_TRUE(september);
  EXPECT_EQ(september->start, utc(2024, 9, 6, 0, 0));  // Friday: 9, 10, 11, 13 and 16 September are clear
  EXPECT_EQ(september->sequence, 1);
  EXPECT_EQ(september->dtstamp, "20240801T140000Z");
  auto october = find(feed, "ilsc-2024-10-29.publication@agendad");
  ASSERT_TRUE(october);
  EXPECT_EQ(october->sequence, 0);
  EXPECT_EQ(october->dtstamp, "20240601T090000Z");

  // Loading the same again changes nothing.
  EXPECT_EQ(next_state(second, after.programme, after.calendar, reloaded_at + std::chrono::hours{1}), second);
}

TEST(DeadlinesFeedTest, AChangedRuleRaisesTheSequenceOfEveryMeetingWhoseDeadlinesMove) {
  Example before = example();
  Example after = before;
  after.programme.council.rules.publication_clear_days = 6;
  SequenceState first = first_load(before);
  SequenceState second = next_state(first, after.programme, after.calendar, reloaded_at);
  // Every formal meeting's publication day moves one working day earlier; workshops have none.
  std::vector<std::string> formal;
  for (const Meeting& meeting : after.programme.meetings)
    if (is_formal(meeting)) formal.push_back(meeting.id);
  std::sort(formal.begin(), formal.end());
  ASSERT_LT(formal.size(), after.programme.meetings.size());
  EXPECT_EQ(revised(first, second), formal);

  ParsedFeed feed = deadlines(after, second);
  auto september = find(feed, "ilsc-2024-09-17.publication@agendad");
  ASSERT_TRUE(september);
  EXPECT_EQ(september->start, utc(2024, 9, 6, 0, 0));
  EXPECT_EQ(september->sequence, 1);
}

TEST(DeadlinesFeedTest, AnActionDoneOrRedatedRaisesTheSequenceOfTheMeetingThatResolvedIt) {
  Example e = example();
  SequenceState state = first_load(e);
  auto action = std::find_if(e.programme.actions.begin(), e.programme.actions.end(),
                             [](const Action& a) { return a.id == "statistical-neighbours"; });
  ASSERT_EQ(action->meeting, "ilsc-2025-03-04");
  auto reload = [&](int hours) {
    SequenceState next = next_state(state, e.programme, e.calendar, reloaded_at + std::chrono::hours{hours});
    EXPECT_EQ(revised(state, next), std::vector<std::string>{"ilsc-2025-03-04"});
    state = next;
    return deadlines(e, state);
  };

  action->done = true;
  ParsedFeed feed = reload(0);
  auto neighbours = find(feed, "statistical-neighbours.action@agendad");
  ASSERT_TRUE(neighbours);
  EXPECT_EQ(neighbours->status, "COMPLETED");
  EXPECT_EQ(neighbours->sequence, 1);
  EXPECT_EQ(neighbours->dtstamp, "20240801T140000Z");
  // Resolved at another meeting: untouched.
  auto family_hubs = find(feed, "family-hubs-age-range.action@agendad");
  ASSERT_TRUE(family_hubs);
  EXPECT_EQ(family_hubs->sequence, 0);

  action->due = ymd(2025, 4, 22);
  neighbours = find(reload(1), "statistical-neighbours.action@agendad");
  ASSERT_TRUE(neighbours);
  EXPECT_EQ(neighbours->due, "20250422");
  EXPECT_EQ(neighbours->sequence, 2);

  action->due = ymd(2025, 4, 29);
  neighbours = find(reload(2), "statistical-neighbours.action@agendad");
  ASSERT_TRUE(neighbours);
  EXPECT_EQ(neighbours->due, "20250429");
  EXPECT_EQ(neighbours->sequence, 3);
}

}  // namespace
}  // namespace agendad::ical
