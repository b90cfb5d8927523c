// The England and Wales bank-holiday rule, year by year, against GOV.UK's published dates and
// the Acts' substitute-day rules. (tests/sources/bank_holidays_feed_test.cpp compares it with the
// whole GOV.UK feed where a copy of it is at hand.)
#include "planner/rules/bank_holidays.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace agendad::planner {
namespace {

using namespace std::chrono;

struct YearCase {
  int year;
  std::vector<Date> dates;
};

std::ostream& operator<<(std::ostream& out, const YearCase& c) { return out << c.year; }

class BankHolidayYears : public ::testing::TestWithParam<YearCase> {};

TEST_P(BankHolidayYears, TheRuleGivesThePublishedDates) {
  std::vector<Date> got;
  for (const BankHoliday& holiday : england_and_wales_bank_holidays(GetParam().year)) got.push_back(holiday.date);
  std::vector<std::string> got_text, want_text;
  for (Date d : got) got_text.push_back(iso(d));
  for (Date d : GetParam().dates) want_text.push_back(iso(d));
  EXPECT_EQ(got_text, want_text);
}

INSTANTIATE_TEST_SUITE_P(
    GovUk, BankHolidayYears,
    ::testing::Values(
        // 2020: the early May holiday moved to Friday 8 May (VE day).
        YearCase{2020,
                 {2020y / 1 / 1, 2020y / 4 / 10, 2020y / 4 / 13, 2020y / 5 / 8, 2020y / 5 / 25, 2020y / 8 / 31,
                  2020y / 12 / 25, 2020y / 12 / 28}},
        // 2021: Christmas on a Saturday, Boxing Day on a Sunday: Monday 27 and Tuesday 28.
        YearCase{2021,
                 {2021y / 1 / 1, 2021y / 4 / 2, 2021y / 4 / 5, 2021y / 5 / 3, 2021y / 5 / 31, 2021y / 8 / 30,
                  2021y / 12 / 27, 2021y / 12 / 28}},
        // 2022: New Year's Day on a Saturday; the spring holiday moved to 2 June, the Platinum
        // Jubilee on 3 June, the State Funeral on 19 September; Christmas on a Sunday.
        YearCase{2022,
                 {2022y / 1 / 3, 2022y / 4 / 15, 2022y / 4 / 18, 2022y / 5 / 2, 2022y / 6 / 2, 2022y / 6 / 3,
                  2022y / 8 / 29, 2022y / 9 / 19, 2022y / 12 / 26, 2022y / 12 / 27}},
        // 2023: New Year's Day on a Sunday; the coronation on 8 May.
        YearCase{2023,
                 {2023y / 1 / 2, 2023y / 4 / 7, 2023y / 4 / 10, 2023y / 5 / 1, 2023y / 5 / 8, 2023y / 5 / 29,
                  2023y / 8 / 28, 2023y / 12 / 25, 2023y / 12 / 26}},
        // 2026: Boxing Day on a Saturday, kept on Monday 28 December.
        YearCase{2026,
                 {2026y / 1 / 1, 2026y / 4 / 3, 2026y / 4 / 6, 2026y / 5 / 4, 2026y / 5 / 25, 2026y / 8 / 31,
                  2026y / 12 / 25, 2026y / 12 / 28}},
        // 2029 and 2030, beyond the GOV.UK feed: a clerk planning 2029/30 gets them by rule.
        YearCase{2029,
                 {2029y / 1 / 1, 2029y / 3 / 30, 2029y / 4 / 2, 2029y / 5 / 7, 2029y / 5 / 28, 2029y / 8 / 27,
                  2029y / 12 / 25, 2029y / 12 / 26}},
        YearCase{2030,
                 {2030y / 1 / 1, 2030y / 4 / 19, 2030y / 4 / 22, 2030y / 5 / 6, 2030y / 5 / 27, 2030y / 8 / 26,
                  2030y / 12 / 25, 2030y / 12 / 26}},
        // 2033: New Year's Day on a Saturday, Christmas on a Sunday.
        YearCase{2033,
                 {2033y / 1 / 3, 2033y / 4 / 15, 2033y / 4 / 18, 2033y / 5 / 2, 2033y / 5 / 30, 2033y / 8 / 29,
                  2033y / 12 / 26, 2033y / 12 / 27}}));

TEST(BankHolidays, EasterSundayMatchesTheTables) {
  EXPECT_EQ(easter_sunday(2024), 2024y / March / 31d);
  EXPECT_EQ(easter_sunday(2025), 2025y / April / 20d);
  EXPECT_EQ(easter_sunday(2038), 2038y / April / 25d);  // the latest possible
  EXPECT_EQ(easter_sunday(2285), 2285y / March / 22d);  // the earliest possible
  EXPECT_EQ(easter_sunday(2100), 2100y / March / 28d);
}

TEST(BankHolidays, NamesSaySubstituteDays) {
  auto holidays = england_and_wales_bank_holidays(2022);
  ASSERT_EQ(holidays.size(), 10u);
  EXPECT_EQ(holidays.front().name, "New Year's Day (substitute day)");
  EXPECT_EQ(holidays[8].name, "Boxing Day");
  EXPECT_EQ(holidays[9].name, "Christmas Day (substitute day)");
}

TEST(BankHolidays, EveryYearHasEightWorkingDayHolidaysAtLeast) {
  for (int year = 1980; year <= 2200; ++year) {
    auto holidays = england_and_wales_bank_holidays(year);
    EXPECT_GE(holidays.size(), 8u) << year;
    for (const BankHoliday& h : holidays) {
      EXPECT_FALSE(is_weekend(h.date)) << iso(h.date);
      EXPECT_EQ(static_cast<int>(h.date.year()), year) << iso(h.date);
    }
  }
  EXPECT_EQ(england_and_wales_bank_holiday_dates(2024, 2026).size(), 24u);
}

}  // namespace
}  // namespace agendad::planner
