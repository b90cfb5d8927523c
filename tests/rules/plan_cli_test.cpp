// `agendad plan` run as a subprocess on the example configuration.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <sys/wait.h>

namespace {

struct Finished {
  int status = -1;
  std::string out;
};

Finished agendad(const std::string& arguments) {
  const std::string command = std::string(AGENDAD_BINARY) + " " + arguments + " 2>&1";
  Finished run;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return run;
  char buffer[4096];
  for (std::size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;) run.out.append(buffer, n);
  const int status = pclose(pipe);
  run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

const std::string config = std::string("--config ") + AGENDAD_SOURCE_DIR "/config";

TEST(PlanCommand, MarchTwentyTwentyFiveShowsTheKinshipDeadlineFirst) {
  Finished run = agendad("plan " + config + " --as-of 2025-03-05");
  ASSERT_EQ(run.status, 0) << run.out;
  EXPECT_NE(run.out.find("Improving Lives Select Commission: the plan as of Wednesday 5 March 2025"), std::string::npos);
  EXPECT_NE(run.out.find("Flags, most urgent first:\n  [critical] Rotherham Kinship Local Offer must come before Cabinet in "
                         "July 2025; the only meeting left, 22 April 2025, is full: 3 of 3 (item kinship-local-offer)"),
            std::string::npos)
      << run.out;
}

TEST(PlanCommand, JsonCarriesProposalsWithReasons) {
  Finished run = agendad("plan " + config + " --as-of 2024-09-10 --format json");
  ASSERT_EQ(run.status, 0) << run.out;
  EXPECT_NE(run.out.find("\"reason\": \"29 October 2024 has room (2 of 3 booked); its agenda is due out by 21 October 2024\""),
            std::string::npos)
      << run.out;
  EXPECT_NE(run.out.find("\"as_of\": \"2024-09-10\""), std::string::npos);
}

TEST(PlanCommand, BadArgumentsAreUsageErrors) {
  EXPECT_EQ(agendad("plan --as-of 2025-02-30").status, 2);
  EXPECT_EQ(agendad("plan --format yaml").status, 2);
  EXPECT_EQ(agendad("plan --as-of").status, 2);
  Finished missing = agendad("plan --config /nonexistent --as-of 2025-03-05");
  EXPECT_EQ(missing.status, 1) << missing.out;
}

}  // namespace
