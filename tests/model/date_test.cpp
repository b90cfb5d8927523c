#include "planner/model/date.hpp"

#include <gtest/gtest.h>

#include "planner/model/wall_time.hpp"

namespace agendad::planner {
namespace {
using namespace std::chrono;

TEST(Date, ParsesIsoDatesAndRejectsImpossibleOnes) {
  EXPECT_EQ(parse_iso_date("2024-09-17"), std::optional<Date>(2024y / September / 17d));
  EXPECT_EQ(parse_iso_date("2024-02-29"), std::optional<Date>(2024y / February / 29d));
  EXPECT_FALSE(parse_iso_date("2025-02-29"));
  EXPECT_FALSE(parse_iso_date("2025-02-30"));
  EXPECT_FALSE(parse_iso_date("2025-13-01"));
  EXPECT_FALSE(parse_iso_date("17-09-2024"));
  EXPECT_FALSE(parse_iso_date("2024-9-17"));
  EXPECT_FALSE(parse_iso_date("2024-09-1x"));
  EXPECT_FALSE(parse_iso_date(""));
}

TEST(Date, WritesTheWayTheFrontSheetDoes) {
  EXPECT_EQ(long_date(2024y / September / 17d), "Tuesday 17 September 2024");
  EXPECT_EQ(long_date(2024y / October / 29d), "Tuesday 29 October 2024");
  EXPECT_EQ(day_month_year(2024y / July / 30d), "30 July 2024");
  EXPECT_EQ(iso(2025y / March / 4d), "2025-03-04");
  EXPECT_EQ(month_year(2025y / July), "July 2025");
}

TEST(Date, KnowsWeekends) {
  EXPECT_TRUE(is_weekend(2024y / September / 14d));
  EXPECT_TRUE(is_weekend(2024y / September / 15d));
  EXPECT_FALSE(is_weekend(2024y / September / 16d));
  EXPECT_EQ(add_days(2024y / December / 31d, 1), 2025y / January / 1d);
}

TEST(WallTime, ParsesAndPrintsAgendaTimes) {
  EXPECT_EQ(agenda_time(*parse_wall_time("10:00")), "10.00 a.m.");
  EXPECT_EQ(agenda_time(*parse_wall_time("14:00")), "2.00 p.m.");
  EXPECT_EQ(agenda_time(*parse_wall_time("12:00")), "12.00 noon");
  EXPECT_FALSE(parse_wall_time("25:00"));
  EXPECT_FALSE(parse_wall_time("10:60"));
  EXPECT_FALSE(parse_wall_time("10"));
  EXPECT_EQ(hh_mm(add_minutes(*parse_wall_time("10:00"), 150)), "12:30");
}

}  // namespace
}  // namespace agendad::planner
