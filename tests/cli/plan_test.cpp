// `agendad plan` run as a subprocess on the example configuration.
#include <gtest/gtest.h>

#include <string>

#include "tests/support/agendad_process.hpp"

namespace {

using agendad::test_support::Outcome;
using agendad::test_support::run_agendad;

const std::string config = std::string("--config ") + AGENDAD_SOURCE_DIR "/config";

TEST(PlanCommand, MarchTwentyTwentyFiveShowsTheKinshipDeadlineFirst) {
  Outcome run = run_agendad("plan " + config + " --as-of 2025-03-05");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.out.find("Improving Lives Select Commission: the plan as of Wednesday 5 March 2025"), std::string::npos);
  // The planner proposes an extraordinary meeting for it (planner/schedule/planned.hpp): the flag
  // asks the committee to agree it, the deadline at risk until it does.
  EXPECT_NE(run.out.find("Flags, most urgent first:\n  [critical] Rotherham Kinship Local Offer must come before Cabinet in "
                         "July 2025 and no agreed meeting can take it in time: the planner proposes an extraordinary "
                         "meeting on 24 June 2025 for it, which the committee has yet to agree (item kinship-local-offer)"),
            std::string::npos)
      << run.out;
  // A workshop's sessions take no place but are counted, as its agenda lists them.
  EXPECT_NE(run.out.find("  Thursday 1 May 2025 (workshop, scheduled): agenda out by 23 April 2025; 0 booked and 2 "
                         "workshop sessions\n"),
            std::string::npos)
      << run.out;
}

TEST(PlanCommand, JsonCarriesProposalsWithReasons) {
  Outcome run = run_agendad("plan " + config + " --as-of 2024-09-10 --format json");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.out.find("\"reason\": \"29 October 2024 is the earliest meeting with room (3 of 3 places taken with it; capacity 3 assumed); its "
                         "agenda is due out by 21 October 2024; it goes ahead of "),
            std::string::npos)
      << run.out;
  EXPECT_NE(run.out.find("\"as_of\": \"2024-09-10\""), std::string::npos);
}

TEST(PlanCommand, BadArgumentsAreUsageErrors) {
  EXPECT_EQ(run_agendad("plan --as-of 2025-02-30").status, 2);
  EXPECT_EQ(run_agendad("plan --format yaml").status, 2);
  EXPECT_EQ(run_agendad("plan --as-of").status, 2);
  Outcome missing = run_agendad("plan --config /nonexistent --as-of 2025-03-05");
  EXPECT_EQ(missing.status, 1) << missing.err;
}

}  // namespace
