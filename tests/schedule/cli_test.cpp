// `agendad schedule` run as a clerk would, on the made-up several-body example configuration.
#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "tests/support/agendad_process.hpp"

namespace agendad {
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

}  // namespace
}  // namespace agendad
