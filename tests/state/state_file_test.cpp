// The daemon's own state files are read as the configuration is: a FIFO or a directory where a
// state file should be is refused at once with a reason (a FIFO would otherwise hang the reload
// that reads it), and each loader then starts its state again with a warning.
#include "daemon/state/state_file.hpp"

#include <sys/stat.h>

#include <gtest/gtest.h>

#include "daemon/state/change_file.hpp"
#include "daemon/state/modified_file.hpp"
#include "daemon/state/sequence_file.hpp"

namespace agendad::state {
namespace {

namespace fs = std::filesystem;

class StateFile : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (fs::temp_directory_path() / "agendad-state-file-XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    dir = pattern;
  }
  void TearDown() override { fs::remove_all(dir); }
  void make_fifo(const fs::path& file) { ASSERT_EQ(::mkfifo(file.c_str(), 0600), 0); }
  fs::path dir;
};

TEST_F(StateFile, NoFileIsNoTextAndNoProblem) {
  const auto read = read_state_file(dir / "changes");
  EXPECT_FALSE(read.text);
  EXPECT_EQ(read.problem, "");
}

TEST_F(StateFile, AFifoIsRefusedAtOnceWithItsReason) {
  make_fifo(dir / "changes");
  const auto read = read_state_file(dir / "changes");
  EXPECT_FALSE(read.text);
  EXPECT_EQ(read.problem, "is not a regular file (a FIFO)");
}

TEST_F(StateFile, EachLoaderStartsAgainWithAWarningWhereAFifoIs) {
  make_fifo(change_log_path(dir));
  make_fifo(modified_times_path(dir));
  make_fifo(sequence_state_path(dir));
  const auto changes = load_change_log(dir);
  ASSERT_EQ(changes.warnings.size(), 1u);
  EXPECT_EQ(changes.warnings[0].message,
            "the change log is not a regular file (a FIFO); the changes feed starts again from this load");
  const auto modified = load_modified_times(dir);
  ASSERT_EQ(modified.warnings.size(), 1u);
  EXPECT_NE(modified.warnings[0].message.find("not a regular file"), std::string::npos);
  const auto sequences = load_sequence_state(dir, ical::Seconds{std::chrono::seconds{1'800'000'000}});
  ASSERT_FALSE(sequences.warnings.empty());
  EXPECT_NE(sequences.warnings[0].message.find("not a regular file"), std::string::npos);
}

}  // namespace
}  // namespace agendad::state
