// A commission that feeds Cabinet meets at least N working days before Cabinet's next meeting.
#include <gtest/gtest.h>

#include "planner/schedule/schedule.hpp"
#include "planner/schedule/validate.hpp"
#include "planner/rules/working_days.hpp"
#include "tests/schedule/fixtures.hpp"

namespace agendad::planner {
namespace {
using namespace agendad::testing;

TEST(BeforeCabinet, TheCommissionMeetsAtLeastFiveWorkingDaysBeforeCabinet) {
  // Cabinet meets on Mondays; left alone, the commission's Tuesdays would fall the day after one
  // Cabinet and six days before the next: too close whenever Cabinet meets the following Monday.
  Committee cabinet = committee("cabinet", "Cabinet", {"Read"}, "Ann Advisor", "town-hall",
                                pattern({Monday}, {10, 0}, 22, std::nullopt, {August}));
  Committee commission = ilsc();
  commission.pattern->feeds = {"cabinet"};
  commission.pattern->working_days_before_fed_body = 5;
  Programme programme = programme_with({commission, cabinet});
  auto proposal = propose_calendar(programme, calendar(), *parse_municipal_year("2025/26"));
  ASSERT_TRUE(proposal);
  ASSERT_TRUE(proposal->clash_free());
  std::vector<Meeting> all;
  std::vector<Date> cabinet_days;
  for (const auto& p : proposal->proposed) {
    all.push_back(p.meeting);
    if (p.meeting.committee == "cabinet") cabinet_days.push_back(p.meeting.date);
  }
  EXPECT_TRUE(hard_violations(programme, calendar(), all).empty());
  WorkingCalendar days{bank_holidays(), {}};
  bool explained = false;
  for (const auto& p : proposal->proposed) {
    if (p.meeting.committee != "ilsc") continue;
    auto next = std::lower_bound(cabinet_days.begin(), cabinet_days.end(), p.meeting.date);
    if (next == cabinet_days.end()) continue;
    EXPECT_LE(p.meeting.date, working_days_before(days, *next, 5)) << p.meeting.id << " before " << iso(*next);
    explained |= p.reason.find("must meet at least 5 working days before Cabinet, which meets on") != std::string::npos;
  }
  EXPECT_TRUE(explained);
}

TEST(BeforeCabinet, ABodyFedThatIsNotConfiguredIsAnError) {
  Committee commission = ilsc();
  commission.pattern->feeds = {"cabniet"};
  commission.pattern->working_days_before_fed_body = 5;
  auto proposal = propose_calendar(programme_with({commission}), calendar(), *parse_municipal_year("2025/26"));
  ASSERT_FALSE(proposal);
  EXPECT_EQ(proposal.error().front().field, "committees.ilsc.pattern.feeds");
  EXPECT_EQ(proposal.error().front().found, "cabniet");
}

TEST(BeforeCabinet, CabinetMeetingsFromItsOwnCalendarCount) {
  Programme programme = programme_with({ilsc()});
  programme.committees[0].pattern->feeds = {"cabinet"};
  programme.committees[0].pattern->working_days_before_fed_body = 5;
  programme.bodies.push_back({"cabinet", "Cabinet", std::nullopt, {}});
  PlanningCalendar with_cabinet = calendar();
  // Cabinet on every other Monday: a Tuesday six days before one is only four working days before it.
  for (Date day = 2025y / May / 5d; day < 2026y / May / 1d; day = add_days(day, 14))
    with_cabinet.body_meetings["cabinet"].push_back(day);
  auto proposal = propose_calendar(programme, with_cabinet, *parse_municipal_year("2025/26"));
  ASSERT_TRUE(proposal);
  ASSERT_TRUE(proposal->clash_free());
  const auto& cabinet = with_cabinet.body_meetings["cabinet"];
  WorkingCalendar days{bank_holidays(), {}};
  for (const auto& p : proposal->proposed) {
    EXPECT_EQ(weekday_of(p.meeting.date), Tuesday) << p.reason;
    auto next = std::lower_bound(cabinet.begin(), cabinet.end(), p.meeting.date);
    if (next != cabinet.end()) {
      EXPECT_LE(p.meeting.date, working_days_before(days, *next, 5)) << p.meeting.id;
    }
  }
}

}  // namespace
}  // namespace agendad::planner
