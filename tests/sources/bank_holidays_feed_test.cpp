// The bank-holiday rule against GOV.UK's own feed, for every year the feed covers in full. The
// feed is read from ../shared/data/ics, where a copy sits beside the repository; this is the one
// test that reads it, and it skips, saying why, when it is absent.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "planner/rules/bank_holidays.hpp"
#include "planner/sources/import.hpp"
#include "planner/sources/planning_calendar.hpp"
#include "tests/support/shared_data.hpp"

namespace agendad::planner {
namespace {

TEST(BankHolidaysFeed, TheRuleGivesEveryDateOfGovUksFeedForEveryYearItCovers) {
  const auto dir = test_support::shared_ics_dir();
  if (!dir) GTEST_SKIP() << test_support::no_shared_ics_dir();
  auto feed =
      sources::import_calendar_file(*dir + "/uk-bank-holidays-england-and-wales.ics", sources::Tolerance::lenient);
  ASSERT_TRUE(feed) << format_line(feed.error().front());
  std::map<int, std::set<Date>> published;
  for (Date day : sources::days_covered(feed->events)) published[static_cast<int>(day.year())].insert(day);
  ASSERT_GE(published.size(), 3u);
  int years = 0;
  for (const auto& [year, days] : published) {
    // A year the feed covers in full has its New Year's Day and its Christmas; the first and last
    // may be partial.
    if (days.begin()->month() != std::chrono::January || days.rbegin()->month() != std::chrono::December) continue;
    ++years;
    std::set<Date> computed;
    for (const BankHoliday& holiday : england_and_wales_bank_holidays(year)) computed.insert(holiday.date);
    std::vector<std::string> want, got;
    for (Date d : published[year]) want.push_back(iso(d));
    for (Date d : computed) got.push_back(iso(d));
    EXPECT_EQ(got, want) << year;
  }
  RecordProperty("years", years);
  EXPECT_GE(years, 5);
}

}  // namespace
}  // namespace agendad::planner
