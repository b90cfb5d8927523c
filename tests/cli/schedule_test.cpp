// `agendad schedule` run as a clerk would, on the made-up several-body example configuration.
#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "planner/model/date.hpp"
#include "planner/rules/bank_holidays.hpp"
#include "tests/support/agendad_process.hpp"

namespace agendad {

using planner::england_and_wales_bank_holiday_dates, planner::parse_iso_date, planner::weekday_of;

namespace {

using test_support::Outcome;
using test_support::run_agendad;

const std::string example = " --config " AGENDAD_SOURCE_DIR "/config/examples/council-calendar";

TEST(ScheduleCommand, ProposesAClashFreeYearForEveryBodyWithReasons) {
  Outcome run = run_agendad("schedule --year 2025/26 --format json" + example);
  ASSERT_EQ(run.status, 0) << run.out;
  auto json = nlohmann::json::parse(run.out);
  EXPECT_EQ(json["year"], "2025/26");
  EXPECT_TRUE(json["clash_free"]);
  EXPECT_EQ(json["kept"], nlohmann::json::array({"cabinet-2025-07-21"}));
  std::map<std::string, int> per_body;
  for (const auto& m : json["proposed"]) {
    ++per_body[m["committee"]];
    EXPECT_TRUE(m["proposed"]);
    EXPECT_FALSE(m["confirmed"]);
    EXPECT_FALSE(m["reason"].get<std::string>().empty());
    EXPECT_NE(m["date"], "2025-07-21");
  }
  EXPECT_EQ(per_body["cabinet"], 10);  // 11 a year, one of them already fixed
  EXPECT_EQ(per_body["ilsc"], 8);
  EXPECT_EQ(per_body["ipsc"], 8);
  EXPECT_EQ(per_body.size(), 6u);
  EXPECT_TRUE(json["configured_clashes"].empty());
}

TEST(ScheduleCommand, SaysWhatIsWrongWithTheCommandLine) {
  EXPECT_EQ(run_agendad("schedule" + example).status, 2);  // --year is required
  EXPECT_EQ(run_agendad("schedule --year 2025/27" + example).status, 2);
  EXPECT_EQ(run_agendad("schedule --year 2025/26 --as-of 2025-02-30" + example).status, 2);
  EXPECT_EQ(run_agendad("schedule --year 2025/26 --config /nonexistent").status, 1);
}

TEST(ScheduleCommand, ProposesTheSeedsExtraordinaryMeetingAsOfMarch2025) {
  Outcome run = run_agendad("schedule --year 2025/26 --as-of 2025-03-05 --config " AGENDAD_SOURCE_DIR "/config");
  ASSERT_EQ(run.status, 0) << run.out;
  EXPECT_NE(run.out.find("Extraordinary meetings"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("for Rotherham Kinship Local Offer"), std::string::npos) << run.out;
}

TEST(ScheduleCommand, InfersTheCommissionsPatternFromItsLastYearAndSaysSo) {
  // config/ilsc.yaml has no pattern: for the commission, only its meetings of 2024/25.
  const std::string seeds = " --config " AGENDAD_SOURCE_DIR "/config";
  Outcome run = run_agendad("schedule --year 2025/26 --format json" + seeds);
  ASSERT_EQ(run.status, 0) << run.out << run.err;
  auto json = nlohmann::json::parse(run.out);
  auto holidays = england_and_wales_bank_holiday_dates(2025, 2026);
  int proposed = 0;
  for (const auto& m : json["proposed"]) {
    ASSERT_EQ(m["committee"], "ilsc");
    auto date = parse_iso_date(m["date"].get<std::string>());
    ASSERT_TRUE(date);
    EXPECT_EQ(weekday_of(*date), std::chrono::Tuesday) << m["date"];
    EXPECT_EQ(m["start"], "10:00") << m["date"];
    EXPECT_FALSE(holidays.contains(*date)) << m["date"];
    EXPECT_TRUE(m["proposed"]);
    EXPECT_FALSE(m["confirmed"]);
    ++proposed;
  }
  EXPECT_EQ(proposed, 8);  // as many as in 2024/25
  ASSERT_EQ(json["unconfigured"].size(), 1u);
  const auto& told = json["unconfigured"][0];
  EXPECT_EQ(told["committee"], "ilsc");
  EXPECT_TRUE(told["inferred"]);
  EXPECT_EQ(told["from_year"], "2024/25");
  EXPECT_EQ(told["from"], nlohmann::json::array({"2024-06-18", "2024-07-30", "2024-09-17", "2024-10-29", "2024-12-03",
                                                 "2025-01-28", "2025-03-04", "2025-04-22"}));
  EXPECT_EQ(told["pattern"]["weekdays"], nlohmann::json::array({"Tuesday"}));
  EXPECT_EQ(told["pattern"]["start"], "10:00");

  Outcome text = run_agendad("schedule --year 2025/26" + seeds);
  ASSERT_EQ(text.status, 0) << text.out;
  EXPECT_NE(text.out.find("ilsc: no pattern configured; inferred from the 8 meetings of 2024/25 (18 June 2024, 30 July "
                          "2024, 17 September 2024, 29 October 2024, 3 December 2024, 28 January 2025, 4 March 2025, "
                          "22 April 2025): Tuesdays (all 8), at 10.00 a.m. (all 8)"),
            std::string::npos)
      << text.out;
}

}  // namespace
}  // namespace agendad
