// The SEQUENCE state file against a writer killed with SIGKILL at random moments, 100 times: a
// child process loads the state and saves it again and again, every SEQUENCE one higher each
// time, as reloads do. After each kill the file must be whole (it parses) and no meeting's
// SEQUENCE may be lower than before: a calendar client ignores an update whose SEQUENCE went down.
#include <algorithm>
#include <csignal>
#include <random>

#include <gtest/gtest.h>
#include <sys/wait.h>

#include "daemon/state/sequence_file.hpp"
#include "tests/hostile/harness.hpp"

namespace agendad::hostile {
namespace state = agendad::state;
namespace {

namespace fs = std::filesystem;

// The child: never returns; killed by the parent.
[[noreturn]] void write_forever(const fs::path& dir) {
  const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  auto sequences = state::load_sequence_state(dir, now).state;
  for (;;) {
    for (auto& [id, revision] : sequences.meetings) ++revision.sequence;
    if (!state::save_sequence_state(dir, sequences)) ::_exit(3);
  }
}

TEST(StateFile, KilledAtRandomWhileWritingAHundredTimesItIsAlwaysWholeAndNoSequenceGoesDown) {
  TempConfig scratch;
  const auto dir = scratch.root() / "state";
  const auto file = state::sequence_state_path(dir);
  // The state a daemon has saved before: 300 meetings. How long saving it takes here sets how
  // long a writer may run before it is killed: several saves, so that the kills land among
  // writes however fast the disk syncs (slowly on a loaded machine).
  const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  ical::SequenceState initial{ical::rebuild_floor(now), {}};
  for (int i = 0; i < 300; ++i)
    initial.meetings["meeting-" + std::to_string(i)] = ical::MeetingRevision{"0123456789abcdef", 0, now};
  const auto started = std::chrono::steady_clock::now();
  ASSERT_TRUE(state::save_sequence_state(dir, initial));
  const auto one_save = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started);
  std::mt19937 random(20240917);  // fixed, so that a failure can be replayed
  std::uniform_int_distribution<std::int64_t> delay_us(0, std::max<std::int64_t>(30'000, 8 * one_save.count()));

  std::map<std::string, std::int64_t> highest;
  for (int round = 0; round < 100; ++round) {
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) write_forever(dir);
    ::usleep(static_cast<useconds_t>(delay_us(random)));  // a sleep is the point: a kill at any moment of a save
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    ASSERT_TRUE(WIFSIGNALED(status)) << "the writer failed on its own, status " << status;

    ASSERT_TRUE(fs::exists(file)) << "round " << round << ": the state file vanished";
    const auto parsed = ical::parse_sequence_state(read_file(file));
    ASSERT_TRUE(parsed.has_value()) << "round " << round << ": the state file is not whole";
    ASSERT_EQ(parsed->meetings.size(), 300u) << "round " << round;
    for (const auto& [id, revision] : parsed->meetings) {
      ASSERT_GE(revision.sequence, highest[id]) << "round " << round << ": " << id << "'s SEQUENCE went down";
      highest[id] = revision.sequence;
    }
  }
  // The writers made progress between kills: the kills landed among writes, not before them.
  EXPECT_GT(highest["meeting-0"], 20) << "one save took " << one_save.count() << " µs";
  // The writers killed between creating a temporary file and renaming it left it behind; the next
  // save clears them away.
  ASSERT_TRUE(state::save_sequence_state(dir, *ical::parse_sequence_state(read_file(file))));
  for (const auto& entry : fs::directory_iterator(dir))
    EXPECT_EQ(entry.path().filename(), "sequences") << "left behind: " << entry.path();
}

}  // namespace
}  // namespace agendad::hostile
