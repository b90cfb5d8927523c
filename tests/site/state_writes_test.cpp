// State files written beside the rendering: joined before the snapshot is returned, each one's
// success acted on, each failure a line for the log, a thrown exception a failure.
#include "daemon/site/state_writes.hpp"

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>

#include <gtest/gtest.h>

namespace agendad::site {
namespace {

using planner::Diagnostic, planner::Diagnostics, planner::Severity;

StateWrites::Written failed(const std::string& why) {
  return tl::unexpected(Diagnostics{Diagnostic{Severity::warning, {"state/changes", 0, 0}, "", why, "", ""}});
}

TEST(StateWrites, JoinActsOnEachWriteThatSucceededAndReportsTheOthersInOrder) {
  StateWrites writes;
  std::vector<std::string> kept;
  writes.start([] { return StateWrites::Written{"state/sequences"}; }, [&] { kept.push_back("sequences"); });
  writes.start([] { return failed("the disk is full"); }, [&] { kept.push_back("changes"); });
  writes.start([]() -> StateWrites::Written { throw std::runtime_error("no such directory"); },
               [&] { kept.push_back("modified"); });
  const auto problems = writes.join();
  EXPECT_EQ(kept, std::vector<std::string>{"sequences"});
  ASSERT_EQ(problems.size(), 2U);
  EXPECT_NE(problems[0].find("the disk is full"), std::string::npos) << problems[0];
  EXPECT_NE(problems[1].find("no such directory"), std::string::npos) << problems[1];
  EXPECT_TRUE(writes.join().empty());  // each write is joined once
}

TEST(StateWrites, WritesRunBesideTheCallerAndAreFinishedWhenJoined) {
  StateWrites writes;
  std::atomic<bool> release{false}, done{false};
  writes.start(
      [&] {
        while (!release) std::this_thread::yield();
        done = true;
        return StateWrites::Written{"state/changes"};
      },
      [] {});
  release = true;  // were the write run by start() itself, it would never have returned
  EXPECT_TRUE(writes.join().empty());
  EXPECT_TRUE(done);
}

TEST(StateWrites, AnUnjoinedWriteIsWaitedForWhenTheyAreLetGo) {
  std::atomic<bool> done{false};
  {
    StateWrites writes;
    writes.start(
        [&] {
          std::this_thread::sleep_for(std::chrono::milliseconds(50));
          done = true;
          return StateWrites::Written{"state/changes"};
        },
        [] {});
  }
  EXPECT_TRUE(done);
}

}  // namespace
}  // namespace agendad::site
