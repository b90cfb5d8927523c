// `cmake --install` as a packager runs it (under DESTDIR): the installed example configuration
// must load as it stands, so it may name no file outside its own directory (the Debian package
// installs that directory alone, as /etc/agendad), and the manual pages and bash completion the
// build makes must be installed with it.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <regex>
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
    const fs::path build_dir = fs::path(AGENDAD_BINARY).parent_path();
    const auto installed = run_shell("DESTDIR='" + root_.string() + "' cmake --install '" + build_dir.string() + "'");
    ASSERT_EQ(installed.status, 0) << installed.err;
  }
  void TearDown() override { fs::remove_all(root_); }

  // The installed file whose path ends in `tail`, wherever the prefix put it; empty if none.
  fs::path installed(const fs::path& tail) const {
    for (const auto& entry : fs::recursive_directory_iterator(root_))
      if (entry.path().string().ends_with("/" + tail.string())) return entry.path();
    return {};
  }

  fs::path root_;
};

TEST_F(Install, TheInstalledExampleConfigurationNamesNothingOutsideItselfAndLoads) {
  const auto council = installed("agendad/council.yaml");
  ASSERT_FALSE(council.empty()) << "no etc/agendad/council.yaml under " << root_;
  const auto config_dir = council.parent_path();
  EXPECT_TRUE(fs::exists(config_dir / "ilsc.yaml"));

  // A path value (bank_holidays, a body's calendar) that climbs out of the directory or is
  // absolute would name a file the package does not install.
  const std::regex outside(R"(:\s+["']?(\.\./|/))");
  for (const auto& entry : fs::directory_iterator(config_dir)) {
    const auto text = read(entry.path());
    EXPECT_FALSE(std::regex_search(text, outside)) << entry.path() << " names a file outside " << config_dir;
    EXPECT_THAT(text, Not(HasSubstr("shared/"))) << entry.path();
  }

  // Needs main's bank holidays by rule (config/council.yaml's `bank_holidays: england-and-wales`).
  const auto checked = run_agendad("check --config '" + config_dir.string() + "'");
  EXPECT_EQ(checked.status, 0) << checked.out << checked.err;
  EXPECT_THAT(checked.out + checked.err, Not(HasSubstr("error")));
}

TEST_F(Install, TheManualPagesAndCompletionAreInstalled) {
  const auto command_page = installed("man/man1/agendad.1");
  ASSERT_FALSE(command_page.empty()) << "no share/man/man1/agendad.1 under " << root_;
  for (const char* command : {"agenda", "check", "export", "feed", "plan", "schedule", "serve"})
    EXPECT_THAT(read(command_page), HasSubstr(".SS " + std::string(command) + "\n"));
  EXPECT_THAT(read(command_page), HasSubstr("\\-\\-secrets"));

  const auto format_page = installed("man/man5/agendad.yaml.5");
  ASSERT_FALSE(format_page.empty()) << "no share/man/man5/agendad.yaml.5 under " << root_;
  EXPECT_THAT(read(format_page), HasSubstr("bank_holidays"));

  const auto completion = installed("bash-completion/completions/agendad");
  ASSERT_FALSE(completion.empty()) << "no bash completion under " << root_;
  EXPECT_THAT(read(completion), HasSubstr("complete -F _agendad agendad"));
}

}  // namespace
