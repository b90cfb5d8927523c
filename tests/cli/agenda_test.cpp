// `agendad agenda` as a clerk runs it.
#include <gtest/gtest.h>

#include "tests/support/agendad_process.hpp"

namespace agendad {
namespace {

using test_support::run_agendad;

test_support::Outcome agenda(const std::string& arguments) {
  return run_agendad("agenda --config " AGENDAD_SOURCE_DIR "/config " + arguments);
}

TEST(CliAgenda, PrintsTheFrontSheetInEachFormat) {
  auto text = agenda("ilsc 2024-09-17 --format text");
  EXPECT_EQ(text.status, 0);
  EXPECT_NE(text.out.find("7. Ofsted Focused Visit Outcome (Pages 17 - 21)\n"), std::string::npos);
  auto html = agenda("ilsc 2024-09-17 --format html");
  EXPECT_EQ(html.status, 0);
  EXPECT_EQ(html.out.rfind("<!DOCTYPE html>", 0), 0u);
  auto json = agenda("--format json ilsc 2025-03-04");
  EXPECT_EQ(json.status, 0);
  EXPECT_NE(json.out.find("\"title\": \"Kinship Care Offer Update\""), std::string::npos);
  auto md = agenda("ilsc 2024-09-17 --format md --members");
  EXPECT_EQ(md.status, 0);
  EXPECT_NE(md.out.find("Members' version"), std::string::npos);
}

// As of a date, as plan and schedule are: DRAFT until the publication date has gone by then.
TEST(CliAgenda, AsOfADateTheAgendaIsAsItStoodThen) {
  auto before = agenda("--as-of 2024-09-01 ilsc 2024-09-17");
  ASSERT_EQ(before.status, 0) << before.err;
  EXPECT_NE(before.out.find("*** DRAFT: to be published by Monday 9 September 2024. ***"), std::string::npos);
  auto after = agenda("ilsc 2024-09-17 --as-of 2024-09-10");
  ASSERT_EQ(after.status, 0) << after.err;
  EXPECT_EQ(after.out.find("DRAFT"), std::string::npos) << after.out;
  EXPECT_EQ(agenda("--as-of 2024-09-31 ilsc 2024-09-17").status, 2);
}

TEST(CliAgenda, UnknownCommitteeOrDayIsAClearError) {
  auto committee = agenda("osmb 2024-09-17");
  EXPECT_EQ(committee.status, 1);
  EXPECT_NE(committee.err.find("no committee with this id (found osmb; expected one of: ilsc)"), std::string::npos);
  auto day = agenda("ilsc 2024-09-18");
  EXPECT_EQ(day.status, 1);
  EXPECT_NE(day.err.find("the committee has no meeting on this date (found 2024-09-18; expected one of: 2024-06-18,"),
            std::string::npos);
}

TEST(CliAgenda, BadArgumentsAreUsageErrors) {
  EXPECT_EQ(agenda("ilsc 2024-02-30").status, 2);
  EXPECT_EQ(agenda("ilsc 2024-09-17 --format pdf").status, 2);
  EXPECT_EQ(agenda("ilsc").status, 2);
  auto missing = run_agendad("agenda --config /nonexistent ilsc 2024-09-17");
  EXPECT_EQ(missing.status, 1);
  EXPECT_NE(missing.err.find("/nonexistent"), std::string::npos) << missing.err;
}

}  // namespace
}  // namespace agendad
