// The seeds' commission met on Tuesdays at 10.00 a.m., about six weeks apart, with no meeting in
// August: the scheduler, given that pattern, should propose a year like the real 2024/25.
#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>

#include "planner/schedule/schedule.hpp"
#include "planner/schedule/validate.hpp"
#include "tests/schedule/fixtures.hpp"

namespace agendad::planner {
namespace {
using namespace agendad::testing;

std::vector<Date> dates_of(const CalendarProposal& proposal) {
  std::vector<Date> dates;
  for (const auto& p : proposal.proposed) dates.push_back(p.meeting.date);
  return dates;
}

double mean_gap_days(const std::vector<Date>& dates) {
  return static_cast<double>((days(dates.back()) - days(dates.front())).count()) / static_cast<double>(dates.size() - 1);
}

TEST(SeedsPattern, ReproducesACalendarLikeTheCommissions2024_25) {
  Programme programme = programme_with({ilsc()});
  auto proposal = propose_calendar(programme, calendar(), *parse_municipal_year("2024/25"));
  ASSERT_TRUE(proposal) << format_line(proposal.error().front());
  ASSERT_TRUE(proposal->clash_free());
  std::vector<Date> proposed = dates_of(*proposal);
  std::vector<Date> real = ilsc_2024_25();
  EXPECT_EQ(proposed.size(), real.size());  // eight, as in 2024/25
  EXPECT_NEAR(mean_gap_days(proposed), mean_gap_days(real), 7.0);  // real: 44 days
  for (std::size_t i = 1; i < proposed.size(); ++i) {
    auto gap = (days(proposed[i]) - days(proposed[i - 1])).count();
    EXPECT_GE(gap, 5 * 7) << iso(proposed[i]);
    EXPECT_LE(gap, 10 * 7) << iso(proposed[i]);  // the real year's longest: 8 weeks over Christmas
  }
  for (const auto& p : proposal->proposed) {
    EXPECT_EQ(weekday_of(p.meeting.date), Tuesday) << p.meeting.id;
    EXPECT_EQ(p.meeting.start, (WallTime{10, 0}));
    EXPECT_EQ(p.meeting.venue, "town-hall");
    EXPECT_NE(p.meeting.date.month(), August);
    EXPECT_FALSE(bank_holidays().contains(p.meeting.date));
    EXPECT_TRUE(p.meeting.proposed);
    EXPECT_FALSE(p.meeting.confirmed);
    EXPECT_TRUE(p.given_up.empty()) << p.reason;
    EXPECT_NE(p.reason.find("its Tuesday nearest the evenly spaced date"), std::string::npos) << p.reason;
  }
  EXPECT_TRUE(hard_violations(programme, calendar(), [&] {
                std::vector<Meeting> all;
                for (const auto& p : proposal->proposed) all.push_back(p.meeting);
                return all;
              }()).empty());
}

TEST(SeedsPattern, MovesADateThatFallsOnABankHoliday) {
  // The same pattern on Mondays puts a meeting on the Spring bank holiday, 26 May 2025.
  Committee commission = ilsc();
  commission.pattern->weekdays = {Monday};
  commission.pattern->gap_weeks.reset();
  commission.pattern->meetings_per_year = 6;
  auto proposal = propose_calendar(programme_with({commission}), calendar(), *parse_municipal_year("2025/26"));
  ASSERT_TRUE(proposal);
  std::vector<Date> proposed = dates_of(*proposal);
  EXPECT_EQ(std::count(proposed.begin(), proposed.end(), 2025y / May / 26d), 0);
  EXPECT_EQ(std::count(proposed.begin(), proposed.end(), 2026y / April / 6d), 0);  // Easter Monday
  const auto& moved = *std::find_if(proposal->proposed.begin(), proposal->proposed.end(),
                                    [](const auto& p) { return p.meeting.date == 2025y / May / 19d; });
  EXPECT_EQ(moved.reason, "26 May 2025 moved to 19 May 2025: 26 May 2025 is a bank holiday");
  for (const auto& p : proposal->proposed) EXPECT_FALSE(bank_holidays().contains(p.meeting.date)) << p.meeting.id;
}

TEST(SeedsPattern, KeepsTheMeetingsAlreadyFixedAndProposesOnlyTheRest) {
  Programme programme = programme_with({ilsc()});
  std::vector<Date> real = ilsc_2024_25();
  for (std::size_t i = 0; i < 3; ++i) programme.meetings.push_back(fixed_meeting("ilsc", real[i], {10, 0}, "town-hall"));
  auto proposal = propose_calendar(programme, calendar(), *parse_municipal_year("2024/25"));
  ASSERT_TRUE(proposal);
  EXPECT_EQ(proposal->kept, (std::vector<std::string>{"ilsc-2024-06-18", "ilsc-2024-07-30", "ilsc-2024-09-17"}));
  ASSERT_EQ(proposal->proposed.size(), 5u);
  for (const auto& p : proposal->proposed) {
    EXPECT_GT(p.meeting.date, real[2]) << "the fixed meetings cover the first three of the year";
    EXPECT_EQ(p.of, 8);
  }
}

TEST(SeedsPattern, ProposesNothingTooLateToPublishAsOfADate) {
  auto proposal = propose_calendar(programme_with({ilsc()}), calendar(), *parse_municipal_year("2024/25"),
                                   2024y / October / 1d);
  ASSERT_TRUE(proposal);
  for (const auto& p : proposal->proposed) EXPECT_GE(p.meeting.date, 2024y / October / 9d) << p.meeting.id;
  EXPECT_LT(proposal->proposed.size(), 8u);
  ASSERT_FALSE(proposal->notes.empty());
  EXPECT_NE(proposal->notes.front().find("too soon to publish"), std::string::npos);
}

TEST(MunicipalYear, RunsFromMayToApril) {
  auto year = parse_municipal_year("2025/26");
  ASSERT_TRUE(year);
  EXPECT_EQ(year->first, 2025y / May / 1d);
  EXPECT_EQ(year->last, 2026y / April / 30d);
  EXPECT_EQ(parse_municipal_year("2025/2026")->label, "2025/26");
  EXPECT_EQ(municipal_year_of(2025y / March / 4d).label, "2024/25");
  for (const char* bad : {"2025/27", "2025", "25/26", "2025-26", "2025/2", "abcd/ef", "2025/26x"}) {
    auto wrong = parse_municipal_year(bad);
    ASSERT_FALSE(wrong) << bad;
    EXPECT_EQ(wrong.error().front().found, bad);
  }
}

}  // namespace
}  // namespace agendad::planner
