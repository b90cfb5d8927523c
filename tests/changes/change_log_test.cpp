// The change log: the first load records, later loads append what changed, the file round-trips,
// and the feed keeps the last 100 entries or a year's, whichever is more.
#include "feeds/changes/change_log.hpp"

#include <gtest/gtest.h>

namespace agendad::changes {

using planner::Date, planner::WallTime, planner::add_days, planner::iso, planner::parse_iso_date;

namespace {

using std::chrono::days;
using std::chrono::seconds;

Seconds at(long long s) { return Seconds{seconds{s}}; }

Facts with_meeting(const char* date) {
  Facts facts;
  facts.meetings["m"] = MeetingFacts{"ilsc", *parse_iso_date(date), WallTime{10, 0}, false, false, "meeting", {}};
  return facts;
}

TEST(ChangeLog, TheFirstLoadOnlyRecords) {
  const auto log = advance({}, with_meeting("2024-10-29"), at(1000));
  EXPECT_TRUE(log.entries.empty());
  EXPECT_EQ(log.started, at(1000));
  EXPECT_EQ(advance(log, with_meeting("2024-10-29"), at(2000)), log);
}

TEST(ChangeLog, AChangeIsStampedWithTheLoadThatSawIt) {
  auto log = advance({}, with_meeting("2024-10-29"), at(1000));
  log = advance(log, with_meeting("2024-11-05"), at(2000));
  ASSERT_EQ(log.entries.size(), 1u);
  EXPECT_EQ(log.entries[0].serial, 1);
  EXPECT_EQ(log.entries[0].seen, at(2000));
  log = advance(log, with_meeting("2024-11-05"), at(3000));
  EXPECT_EQ(log.entries.size(), 1u);
}

TEST(ChangeLog, RoundTripsThroughItsFile) {
  auto log = advance({}, with_meeting("2024-10-29"), at(1000));
  log = advance(log, with_meeting("2024-11-05"), at(2000));
  const auto parsed = parse_change_log(serialise(log));
  ASSERT_TRUE(parsed);
  EXPECT_EQ(*parsed, log);
  EXPECT_FALSE(parse_change_log("{}"));
  EXPECT_FALSE(parse_change_log("not json"));
}

TEST(ChangeLog, KeepsTheLast100OrAYearWhicheverIsMore) {
  const long long day = 86400;
  auto log = advance({}, with_meeting("2024-01-01"), at(0));
  // 150 changes, one a day: all within a year, so all kept.
  Date date = *parse_iso_date("2024-01-01");
  for (int i = 1; i <= 150; ++i) log = advance(log, with_meeting(iso(date = add_days(date, 1)).c_str()), at(i * day));
  EXPECT_EQ(log.entries.size(), 150u);
  // Two years later, one more: the year holds one, so the last 100 are kept.
  log = advance(log, with_meeting("2026-01-01"), at(900 * day));
  EXPECT_EQ(log.entries.size(), 100u);
  EXPECT_EQ(log.entries.back().serial, 151);
}

}  // namespace
}  // namespace agendad::changes
