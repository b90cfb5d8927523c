// `agendad feed`, run as a subprocess.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "tests/ical/feed_testing.hpp"
#include "tests/support/agendad_process.hpp"

namespace agendad::ical {
namespace {

using namespace testing;
namespace fs = std::filesystem;

using test_support::Outcome;

Outcome agendad(const std::string& arguments) {
  return test_support::run_agendad("feed --config " AGENDAD_SOURCE_DIR "/config " + arguments);
}

TEST(FeedCliTest, PrintsEachKindOfFeed) {
  Outcome committee = agendad("ilsc");
  ASSERT_EQ(committee.status, 0) << committee.err;
  EXPECT_EQ(byte_problems(committee.out), std::vector<std::string>{});
  EXPECT_EQ(parse_feed(committee.out).events.size(), 10u);
  Outcome all = agendad("all");
  ASSERT_EQ(all.status, 0) << all.err;
  EXPECT_EQ(parse_feed(all.out).events.size(), 10u);  // the example has one committee
  Outcome deadlines = agendad("--deadlines ilsc");
  ASSERT_EQ(deadlines.status, 0) << deadlines.err;
  EXPECT_NE(deadlines.out.find("UID:ilsc-2025-04-22.publication@agendad\r\nDTSTAMP"), std::string::npos);
}

// As of a date, as plan and schedule are: on 5 March 2025 the planner proposes an extraordinary
// meeting for the Kinship Local Offer, which is a tentative event; by July it has gone by.
TEST(FeedCliTest, AsOfADateTheFeedHasThePlannersProposalsOfThen) {
  Outcome march = agendad("--as-of 2025-03-05 ilsc");
  ASSERT_EQ(march.status, 0) << march.err;
  ParsedFeed proposed = parse_feed(march.out);
  ASSERT_EQ(proposed.events.size(), 11u);
  int tentative = 0;
  for (const ParsedEvent& event : proposed.events)
    if (event.status == "TENTATIVE") {
      ++tentative;
      EXPECT_EQ(event.summary, "Improving Lives Select Commission (extraordinary meeting) (proposed)");
    }
  EXPECT_EQ(tentative, 1);
  Outcome july = agendad("--as-of 2025-07-01 ilsc");
  ASSERT_EQ(july.status, 0) << july.err;
  EXPECT_EQ(parse_feed(july.out).events.size(), 10u);
  EXPECT_EQ(agendad("--as-of 2025-02-29 ilsc").status, 2);
}

TEST(FeedCliTest, UsageAndLookupErrors) {
  EXPECT_EQ(agendad("").status, 2);
  EXPECT_EQ(agendad("--bogus ilsc").status, 2);
  EXPECT_EQ(agendad("--deadlines all").status, 2);
  Outcome unknown = agendad("nope");
  EXPECT_EQ(unknown.status, 1);
  EXPECT_NE(unknown.err.find("no committee called \"nope\""), std::string::npos);
}

TEST(FeedCliTest, WithAStateDirectoryARestartGivesTheSameBytes) {
  fs::path state = fs::temp_directory_path() / ("agendad-feed-state-" + std::to_string(::getpid()));
  fs::remove_all(state);
  Outcome first = agendad("--state " + state.string() + " ilsc");
  ASSERT_EQ(first.status, 0) << first.err;
  EXPECT_NE(first.err.find("warning: no sequence state file"), std::string::npos);
  ASSERT_TRUE(fs::exists(state / "sequences"));
  ::sleep(1);  // a later second: DTSTAMP must still not move
  Outcome second = agendad("--state " + state.string() + " ilsc");
  ASSERT_EQ(second.status, 0) << second.err;
  EXPECT_EQ(second.err, "");
  EXPECT_EQ(second.out, first.out);

  std::ofstream(state / "sequences", std::ios::trunc) << "not a state file";
  Outcome rebuilt = agendad("--state " + state.string() + " ilsc");
  fs::remove_all(state);
  ASSERT_EQ(rebuilt.status, 0) << rebuilt.err;
  EXPECT_NE(rebuilt.err.find("corrupt"), std::string::npos);
  ParsedFeed before = parse_feed(first.out), after = parse_feed(rebuilt.out);
  for (std::size_t i = 0; i < before.events.size(); ++i) EXPECT_GT(after.events[i].sequence, before.events[i].sequence);
}

}  // namespace
}  // namespace agendad::ical
