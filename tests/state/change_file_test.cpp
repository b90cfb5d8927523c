// The change log's file: what is saved loads back; a missing file is a first start, a corrupt one
// a warning and a new log; a save leaves no temporary file behind.
#include "daemon/state/change_file.hpp"

#include <gtest/gtest.h>

#include <fstream>

namespace agendad::state {

using planner::WallTime, planner::parse_iso_date;

namespace {

namespace fs = std::filesystem;

class ChangeFile : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (fs::temp_directory_path() / "agendad-change-file-XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    dir = pattern;
  }
  void TearDown() override { fs::remove_all(dir); }
  fs::path dir;
};

changes::ChangeLog a_log() {
  changes::Facts before, after;
  before.meetings["m"] = {"ilsc", *parse_iso_date("2024-10-29"), WallTime{10, 0}, false, false, "meeting", {}};
  after = before;
  after.meetings["m"].cancelled = true;
  const auto first = changes::advance({}, before, changes::Seconds{std::chrono::seconds{100}});
  return changes::advance(first, after, changes::Seconds{std::chrono::seconds{200}});
}

TEST_F(ChangeFile, SavedLoadsBack) {
  EXPECT_TRUE(load_change_log(dir).warnings.empty()) << "a first start";
  ASSERT_TRUE(save_change_log(dir, a_log()));
  const auto loaded = load_change_log(dir);
  EXPECT_TRUE(loaded.warnings.empty());
  EXPECT_EQ(loaded.log, a_log());
  std::size_t files = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir)) ++files;
  EXPECT_EQ(files, 1u);
}

TEST_F(ChangeFile, ACorruptFileIsAWarningAndANewLog) {
  std::ofstream(change_log_path(dir)) << "{\"format\": \"agendad changes 1\", \"entries\": [";
  const auto loaded = load_change_log(dir);
  ASSERT_EQ(loaded.warnings.size(), 1u);
  EXPECT_EQ(loaded.log, changes::ChangeLog{});
}

}  // namespace
}  // namespace agendad::state
