// Rules no calendar can keep are reported as such, naming the rules, and the search ends promptly.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>

#include "planner/schedule/schedule.hpp"
#include "tests/schedule/fixtures.hpp"

namespace agendad::planner {
namespace {
using namespace agendad::testing;

bool names(const UnplacedMeeting& unplaced, const std::string& rule) {
  return std::find(unplaced.rules.begin(), unplaced.rules.end(), rule) != unplaced.rules.end();
}

TEST(Infeasible, ABodyThatMeetsInNoMonthIsReported) {
  Committee commission = ilsc();
  commission.pattern->months_without_meetings.clear();
  for (unsigned m = 1; m <= 12; ++m) commission.pattern->months_without_meetings.push_back(month{m});
  commission.pattern->meetings_per_year = 2;
  auto proposal = propose_calendar(programme_with({commission}), calendar(), *parse_municipal_year("2025/26"));
  ASSERT_TRUE(proposal);
  EXPECT_FALSE(proposal->clash_free());
  EXPECT_TRUE(proposal->proposed.empty());
  EXPECT_TRUE(proposal->notes.empty() || proposal->notes.back().find("No calendar") != std::string::npos);
}

TEST(Infeasible, WeeklyCabinetLeavesNoRoomForACommissionThatMustPrecedeIt) {
  // Cabinet every Monday and the commission five working days ahead of the next one: every
  // weekday is too close to some Cabinet.
  Programme programme = programme_with({ilsc()});
  programme.committees[0].pattern->feeds = {"cabinet"};
  programme.committees[0].pattern->working_days_before_fed_body = 5;
  programme.bodies.push_back({"cabinet", "Cabinet", std::nullopt, {}});
  PlanningCalendar weekly = calendar();
  for (Date day = 2025y / April / 28d; day < 2026y / May / 8d; day = add_days(day, 7))
    weekly.body_meetings["cabinet"].push_back(day);
  auto started = std::chrono::steady_clock::now();
  auto proposal = propose_calendar(programme, weekly, *parse_municipal_year("2025/26"));
  EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(10));
  ASSERT_TRUE(proposal);
  EXPECT_TRUE(proposal->proved_infeasible);
  ASSERT_EQ(proposal->unplaced.size(), 8u);
  const UnplacedMeeting& first = proposal->unplaced.front();
  EXPECT_EQ(first.rules, (std::vector<std::string>{"months without meetings", "weekends, bank holidays and closures",
                                                   "feeds"}));
  EXPECT_NE(first.reason.find("Improving Lives Select Commission must meet at least 5 working days before Cabinet"),
            std::string::npos)
      << first.reason;
  EXPECT_NE(proposal->notes.back().find("No calendar keeps every hard rule"), std::string::npos);
}

TEST(Infeasible, TwoBodiesSharingAMemberWithOneDayBetweenThemAreProvedImpossible) {
  // A pre-election window covers the whole year but one day; one room, one start: the two bodies
  // that share Councillor Read cannot both meet.
  Programme programme = programme_with(
      {committee("cabinet", "Cabinet", {"Read"}, "X", "town-hall", pattern({Tuesday}, {10, 0}, 1, std::nullopt)),
       committee("ilsc", "Improving Lives Select Commission", {"Read"}, "Y", "town-hall",
                 pattern({Tuesday}, {10, 0}, 1, std::nullopt))});
  programme.venues.resize(1);
  programme.council.rules.blackouts.push_back({2025y / May / 1d, 2025y / October / 13d, "the pre-election period", {}, {}});
  programme.council.rules.blackouts.push_back({2025y / October / 15d, 2026y / April / 30d, "the pre-election period", {}, {}});
  ScheduleOptions options;
  options.alternative_starts = {{10, 0}};
  auto proposal = propose_calendar(programme, calendar(), *parse_municipal_year("2025/26"), std::nullopt, options);
  ASSERT_TRUE(proposal);
  EXPECT_TRUE(proposal->proved_infeasible);
  ASSERT_EQ(proposal->proposed.size(), 1u);
  EXPECT_EQ(proposal->proposed.front().meeting.date, 2025y / October / 14d);
  ASSERT_EQ(proposal->unplaced.size(), 1u);
  EXPECT_TRUE(names(proposal->unplaced.front(), "blackout"));
  EXPECT_TRUE(names(proposal->unplaced.front(), "one meeting a day") || names(proposal->unplaced.front(), "member") ||
              names(proposal->unplaced.front(), "room"));
}

TEST(Infeasible, ALargeImpossibleYearStopsAtTheSearchBound) {
  // Three bodies sharing a member, 130 meetings each at one start: 390 meetings for about 250
  // working days. The exhaustive pass cannot prove it in reasonable time, so it stops at its bound.
  std::vector<Committee> bodies;
  for (std::string id : {"a", "b", "c"})
    bodies.push_back(committee(id, "Body " + id, {"Read"}, "Adv " + id, "town-hall",
                               pattern({Tuesday}, {10, 0}, 130, std::nullopt)));
  ScheduleOptions options;
  options.alternative_starts = {{10, 0}};
  options.exhaustive_checks = 200'000;
  auto started = std::chrono::steady_clock::now();
  auto proposal = propose_calendar(programme_with(bodies), calendar(), *parse_municipal_year("2025/26"), std::nullopt, options);
  EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(20));
  ASSERT_TRUE(proposal);
  EXPECT_FALSE(proposal->clash_free());
  EXPECT_TRUE(proposal->cut_off);
  EXPECT_FALSE(proposal->proved_infeasible);
  EXPECT_NE(proposal->notes.back().find("within the search bound of 200000 checks"), std::string::npos);
}

}  // namespace
}  // namespace agendad::planner
