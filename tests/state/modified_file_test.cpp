// The Last-Modified times' file: what is saved loads back; a missing file is a first start, a
// corrupt one a warning and no times.
#include "daemon/state/modified_file.hpp"

#include <gtest/gtest.h>

#include <fstream>

namespace agendad::state {
namespace {

namespace fs = std::filesystem;

class ModifiedFile : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (fs::temp_directory_path() / "agendad-modified-file-XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    dir = pattern;
  }
  void TearDown() override { fs::remove_all(dir); }
  fs::path dir;
};

ModifiedTimes some_times() {
  return {{"/calendars/ilsc.ics", {"\"3f2a\"", std::chrono::sys_seconds(std::chrono::seconds(1733300000))}},
          {"/members/agendas/ilsc/2024-09-17.html", {"\"77\"", std::chrono::sys_seconds(std::chrono::seconds(5))}}};
}

TEST_F(ModifiedFile, SavedLoadsBack) {
  const auto first = load_modified_times(dir);
  EXPECT_TRUE(first.warnings.empty()) << "a first start";
  EXPECT_TRUE(first.times.empty());
  ASSERT_TRUE(save_modified_times(dir, some_times()));
  const auto loaded = load_modified_times(dir);
  EXPECT_TRUE(loaded.warnings.empty());
  EXPECT_EQ(loaded.times, some_times());
  EXPECT_EQ(serialise(some_times()),
            "1733300000 \"3f2a\" /calendars/ilsc.ics\n5 \"77\" /members/agendas/ilsc/2024-09-17.html\n");
}

struct Corrupt : ::testing::TestWithParam<std::string> {};

TEST_P(Corrupt, IsRefused) { EXPECT_FALSE(parse_modified_times(GetParam())); }

INSTANTIATE_TEST_SUITE_P(ModifiedFile, Corrupt,
                         ::testing::Values("1733300000 \"3f2a\" /calendars/ilsc.ics",  // no newline: cut short
                                           "x \"3f2a\" /a\n", "1 3f2a /a\n", "1 \"3f2a\" a\n", "1 \"3f2a\"\n",
                                           "1\n", "\n"));

TEST_F(ModifiedFile, ACorruptFileIsAWarningAndNoTimes) {
  std::ofstream(modified_times_path(dir)) << "12 \"a\" /x\nnot a line\n";
  const auto loaded = load_modified_times(dir);
  ASSERT_EQ(loaded.warnings.size(), 1u);
  EXPECT_TRUE(loaded.times.empty());
}

}  // namespace
}  // namespace agendad::state
