#include "planner/rules/working_days.hpp"

#include <gtest/gtest.h>

#include "planner/rules/timetable.hpp"
#include "tests/rules/bank_holidays.hpp"

namespace agendad::planner {
namespace {
using namespace std::chrono;

WorkingCalendar england_and_wales() { return WorkingCalendar{test::england_and_wales_bank_holidays(), {}}; }

TEST(WorkingDays, WeekendsAndBankHolidaysAreNotWorkingDays) {
  auto calendar = england_and_wales();
  EXPECT_TRUE(is_working_day(calendar, 2024y / September / 9d));    // Monday
  EXPECT_FALSE(is_working_day(calendar, 2024y / September / 14d));  // Saturday
  EXPECT_FALSE(is_working_day(calendar, 2024y / September / 15d));  // Sunday
  EXPECT_FALSE(is_working_day(calendar, 2025y / April / 18d));      // Good Friday
  EXPECT_FALSE(is_working_day(calendar, 2026y / December / 28d));   // Boxing Day substitute
  EXPECT_TRUE(is_working_day(calendar, 2026y / December / 29d));
}

TEST(WorkingDays, SeventeenSeptemberAgendaWasDueOutOnMondayNinth) {
  // Five clear working days before Tuesday 17 September 2024: 10, 11, 12, 13 and 16 September.
  auto calendar = england_and_wales();
  EXPECT_EQ(latest_publication(calendar, 2024y / September / 17d, 5), 2024y / September / 9d);
  EXPECT_EQ(clear_working_days_between(calendar, 2024y / September / 9d, 2024y / September / 17d), 5);
  EXPECT_EQ(clear_working_days_between(calendar, 2024y / September / 10d, 2024y / September / 17d), 4);
}

TEST(WorkingDays, EasterTwentyTwentyFivePushesTheAprilAgendaBack) {
  // Tuesday 22 April 2025 follows Good Friday and Easter Monday: the clear days are 11, 14, 15,
  // 16 and 17 April, so the agenda is due out on Thursday 10 April.
  auto calendar = england_and_wales();
  EXPECT_EQ(latest_publication(calendar, 2025y / April / 22d, 5), 2025y / April / 10d);
  EXPECT_EQ(clear_working_days_between(calendar, 2025y / April / 10d, 2025y / April / 22d), 5);
}

TEST(WorkingDays, ChristmasTwentyTwentyFour) {
  // A meeting on Thursday 2 January 2025: 1 January, 26 and 25 December are bank holidays, so the
  // clear days are 31, 30, 27, 24 and 23 December and the agenda is due out on Friday 20th.
  auto calendar = england_and_wales();
  EXPECT_EQ(latest_publication(calendar, 2025y / January / 2d, 5), 2024y / December / 20d);
  EXPECT_EQ(working_days_before(calendar, 2024y / December / 27d, 1), 2024y / December / 24d);
}

TEST(WorkingDays, BoxingDaySubstituteTwentyTwentySix) {
  // 25 December 2026 is a Friday and Boxing Day falls on the Saturday, so Monday 28 December is
  // the substitute bank holiday: the first working day after Thursday 24 December is Tuesday 29th.
  auto calendar = england_and_wales();
  EXPECT_EQ(working_days_before(calendar, 2026y / December / 29d, 1), 2026y / December / 24d);
  EXPECT_EQ(clear_working_days_between(calendar, 2026y / December / 23d, 2026y / December / 30d), 2);
}

TEST(WorkingDays, ClosuresCountAsNonWorkingDays) {
  auto calendar = england_and_wales();
  calendar.closures.push_back(Closure{2024y / December / 27d, 2024y / December / 31d, "Christmas shutdown", {}});
  EXPECT_FALSE(is_working_day(calendar, 2024y / December / 30d));
  EXPECT_EQ(working_days_before(calendar, 2025y / January / 2d, 1), 2024y / December / 24d);
}

TEST(Timetable, ReportDeadlineOnlyWhenConfigured) {
  auto calendar = england_and_wales();
  Meeting meeting;
  meeting.date = 2024y / September / 17d;
  PlanningRules rules;
  EXPECT_FALSE(timetable(calendar, rules, meeting).report_deadline);
  rules.report_deadline_working_days = 3;
  auto dates = timetable(calendar, rules, meeting);
  EXPECT_EQ(dates.publication, 2024y / September / 9d);
  EXPECT_EQ(dates.report_deadline, std::optional<Date>(2024y / September / 4d));
  EXPECT_FALSE(publication_passed(dates, 2024y / September / 9d));
  EXPECT_TRUE(publication_passed(dates, 2024y / September / 10d));
}

}  // namespace
}  // namespace agendad::planner
