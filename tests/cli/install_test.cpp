// `cmake --install` as a packager runs it (under DESTDIR): the installed example configuration
// must load as it stands, naming nothing outside its own directory.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/support/agendad_process.hpp"

namespace {
namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::Not;
using agendad::test_support::run_agendad;
using agendad::test_support::run_shell;

std::string read(const fs::path& path) {
  std::ostringstream text;
  text << std::ifstream(path, std::ios::binary).rdbuf();
  return text.str();
}

class Install : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / ("agendad-install-" + std::to_string(::getpid()));
    fs::remove_all(root_);
  }
  void TearDown() override { fs::remove_all(root_); }

  // The directory holding council.yaml under the install root, wherever the prefix put it.
  fs::path installed_config_dir() const {
    for (const auto& entry : fs::recursive_directory_iterator(root_))
      if (entry.path().filename() == "council.yaml" && entry.path().parent_path().filename() == "agendad")
        return entry.path().parent_path();
    return {};
  }

  fs::path root_;
};

TEST_F(Install, TheInstalledExampleConfigurationLoadsAsItStands) {
  const fs::path build_dir = fs::path(AGENDAD_BINARY).parent_path();
  const auto installed = run_shell("DESTDIR='" + root_.string() + "' cmake --install '" + build_dir.string() + "'");
  ASSERT_EQ(installed.status, 0) << installed.err;

  const auto config_dir = installed_config_dir();
  ASSERT_FALSE(config_dir.empty()) << "no etc/agendad/council.yaml under " << root_;
  const auto council = read(config_dir / "council.yaml");
  EXPECT_THAT(council, Not(HasSubstr("shared/")));
  EXPECT_THAT(council, HasSubstr("bank_holidays: england-and-wales"));
  EXPECT_TRUE(fs::exists(config_dir / "ilsc.yaml"));

  const auto checked = run_agendad("check --config '" + config_dir.string() + "'");
  EXPECT_EQ(checked.status, 0) << checked.out << checked.err;
  EXPECT_THAT(checked.out + checked.err, Not(HasSubstr("error")));
}

}  // namespace
