// A committee with no pattern configured: the pattern read off its last municipal year's meetings,
// or the reason none can be.
#include "planner/schedule/infer_pattern.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "tests/schedule/fixtures.hpp"

namespace agendad::planner {
namespace {
using namespace agendad::testing;

Meeting held(Date date, WallTime start = {10, 0}, std::string venue = "town-hall") {
  return fixed_meeting("ilsc", date, start, std::move(venue));
}

std::vector<Meeting> held_on(const std::vector<Date>& dates) {
  std::vector<Meeting> meetings;
  for (Date d : dates) meetings.push_back(held(d));
  return meetings;
}

// The seeds' eight meetings, with what does not show the rhythm mixed in.
std::vector<Meeting> seeds_with_others() {
  std::vector<Meeting> meetings = held_on(ilsc_2024_25());
  Meeting workshop = held(2024y / October / 21d);
  workshop.kind = MeetingKind::workshop;
  Meeting cancelled = held(2024y / November / 14d);
  cancelled.status = MeetingStatus::cancelled;
  Meeting extraordinary = held(2025y / February / 13d);
  extraordinary.kind = MeetingKind::extraordinary;
  Meeting proposed = held(2024y / August / 8d);
  proposed.proposed = true;
  Meeting other_year = held(2025y / June / 5d);
  Meeting other_body = fixed_meeting("cabinet", 2024y / November / 21d, {10, 0}, "town-hall");
  meetings.insert(meetings.end(), {workshop, cancelled, extraordinary, proposed, other_year, other_body});
  return meetings;
}

// Monthly on the first Tuesday, with no meeting in August or December.
std::vector<Date> first_tuesdays_but_august_and_december() {
  return {2024y / May / 7d,     2024y / June / 4d,     2024y / July / 2d,     2024y / September / 3d,
          2024y / October / 1d, 2024y / November / 5d, 2025y / January / 7d, 2025y / February / 4d,
          2025y / March / 4d,   2025y / April / 1d};
}

struct Case {
  std::string name;
  std::vector<Meeting> meetings;
  // What is inferred, or (reason not empty) why nothing is.
  weekday day = Tuesday;
  int on_weekday = 0;
  WallTime start{10, 0};
  int per_year = 0;
  std::vector<month> off;
  std::string reason = "";
};

std::vector<Case> cases() {
  std::vector<Meeting> mixed = held_on({2024y / June / 19d, 2024y / July / 31d, 2024y / September / 18d,
                                        2024y / October / 31d, 2024y / December / 4d, 2025y / January / 29d});
  std::vector<Meeting> afternoons = held_on(ilsc_2024_25());
  for (std::size_t i = 3; i < afternoons.size(); ++i) afternoons[i].start = WallTime{14, 0};
  return {
      {"CleanTuesdays", held_on(ilsc_2024_25()), Tuesday, 8, {10, 0}, 8, {May, August}},
      {"OnlyFormalMeetingsOfTheYearCount", seeds_with_others(), Tuesday, 8, {10, 0}, 8, {May, August}},
      {"MixedWeekdaysWithAClearMajority", mixed, Wednesday, 5, {10, 0}, 6, {May, August, February, March, April}},
      {"TheMostCommonStart", afternoons, Tuesday, 8, {14, 0}, 8, {May, August}},
      {"MonthsWithoutMeetings", held_on(first_tuesdays_but_august_and_december()), Tuesday, 10, {10, 0}, 10,
       {August, December}},
      {"NoMeetings", {}, Tuesday, 0, {}, 0, {}, "no formal meetings in 2024/25 to infer a pattern from"},
      {"TooFewMeetings", held_on({2024y / June / 18d, 2024y / July / 30d}), Tuesday, 0, {}, 0, {},
       "only 2 formal meetings in 2024/25 (18 June 2024, 30 July 2024); a pattern needs at least 3 to infer from"},
      {"NoClearWeekday",
       held_on({2024y / June / 18d, 2024y / July / 31d, 2024y / September / 17d, 2024y / October / 30d}), Tuesday, 0,
       {}, 0, {},
       "no weekday most of its 4 formal meetings in 2024/25 fell on (2 on Tuesdays, 2 on Wednesdays)"},
  };
}

class InferPattern : public ::testing::TestWithParam<Case> {};

TEST_P(InferPattern, ReadsTheYearsRhythmOrSaysWhyNot) {
  const Case& c = GetParam();
  Committee commission = ilsc();
  commission.pattern.reset();
  auto inferred = infer_pattern(commission, c.meetings, *parse_municipal_year("2024/25"));
  if (!c.reason.empty()) {
    ASSERT_FALSE(inferred);
    EXPECT_EQ(inferred.error(), c.reason);
    return;
  }
  ASSERT_TRUE(inferred) << inferred.error();
  const MeetingPattern& p = inferred->pattern;
  EXPECT_EQ(p.weekdays, std::vector<weekday>{c.day});
  EXPECT_EQ(inferred->on_weekday, c.on_weekday);
  EXPECT_EQ(p.start, c.start);
  EXPECT_EQ(p.venue, "town-hall");
  EXPECT_EQ(p.meetings_per_year, c.per_year);
  EXPECT_FALSE(p.gap_weeks) << "meetings_per_year says how often";
  EXPECT_EQ(p.months_without_meetings, c.off);
  EXPECT_EQ(inferred->from.size(), static_cast<std::size_t>(c.per_year));
  EXPECT_EQ(inferred->year, "2024/25");
}

INSTANTIATE_TEST_SUITE_P(Cases, InferPattern, ::testing::ValuesIn(cases()),
                         [](const auto& info) { return info.param.name; });

TEST(InferPattern, FallsBackOnTheCommitteesStartAndVenue) {
  std::vector<Meeting> meetings = held_on(ilsc_2024_25());
  for (Meeting& m : meetings) {
    m.start.reset();
    m.venue.clear();
  }
  Committee commission = ilsc();
  commission.start = WallTime{18, 30};
  auto inferred = infer_pattern(commission, meetings, *parse_municipal_year("2024/25"));
  ASSERT_TRUE(inferred) << inferred.error();
  EXPECT_EQ(inferred->pattern.start, (WallTime{18, 30}));
  EXPECT_EQ(inferred->pattern.venue, "town-hall");
  commission.start.reset();
  EXPECT_EQ(infer_pattern(commission, meetings, *parse_municipal_year("2024/25")).error(),
            "no start time for its formal meetings in 2024/25, nor a usual start for the committee");
}

TEST(InferPattern, SaysWhatItInferredAndFromWhichMeetings) {
  auto inferred = infer_pattern(ilsc(), held_on(ilsc_2024_25()), *parse_municipal_year("2024/25"));
  ASSERT_TRUE(inferred);
  EXPECT_EQ(describe(*inferred, "Rotherham Town Hall"),
            "inferred from the 8 meetings of 2024/25 (18 June 2024, 30 July 2024, 17 September 2024, "
            "29 October 2024, 3 December 2024, 28 January 2025, 4 March 2025, 22 April 2025): Tuesdays (all 8), "
            "at 10.00 a.m. (all 8), in Rotherham Town Hall (all 8), 8 meetings a year (usually 6 weeks apart), "
            "none in May or August");
}

}  // namespace
}  // namespace agendad::planner
