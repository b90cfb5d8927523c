// systemd/agendad.service.in, with its install paths filled in as `cmake --install` does, must
// verify and keep systemd-analyze's exposure at 1.0 or less (it is 0.9).
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <regex>

#include <gtest/gtest.h>
#include <unistd.h>

#include "tests/site/net_client.hpp"

namespace agendad::site {
namespace {

namespace fs = std::filesystem;

struct Run {
  int status = -1;
  std::string output;
};

Run run(const std::string& command) {
  Run result;
  FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
  if (!pipe) return result;
  char buffer[4096];
  while (const auto got = std::fread(buffer, 1, sizeof buffer, pipe)) result.output.append(buffer, got);
  const int status = ::pclose(pipe);
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

class SystemdUnit : public ::testing::Test {
 protected:
  void SetUp() override {
    if (run("command -v systemd-analyze").status != 0) GTEST_SKIP() << "systemd-analyze is not installed";
    dir_ = fs::temp_directory_path() / ("agendad-unit-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    auto text = testing::read_file(fs::path(AGENDAD_SOURCE_DIR) / "systemd" / "agendad.service.in");
    text = std::regex_replace(text, std::regex("@AGENDAD_INSTALLED_BINARY@"), AGENDAD_BINARY);
    unit_ = dir_ / "agendad.service";
    std::ofstream(unit_) << text;
  }
  void TearDown() override {
    if (!dir_.empty()) fs::remove_all(dir_);
  }
  fs::path dir_;
  fs::path unit_;
};

TEST_F(SystemdUnit, Verifies) {
  // --man=no: the pages Documentation= names are installed with the package, and
  // tests/package/install_test.sh checks them there.
  const auto verify = run("systemd-analyze verify --man=no " + unit_.string());
  EXPECT_EQ(verify.status, 0) << verify.output;
  EXPECT_EQ(verify.output, "") << "warnings: " << verify.output;
}

TEST_F(SystemdUnit, ExposureIsAtMostOne) {
  const auto security = run("systemd-analyze security --offline=yes --no-pager " + unit_.string());
  std::smatch found;
  ASSERT_TRUE(std::regex_search(security.output, found, std::regex("Overall exposure level for [^:]+: ([0-9.]+)")))
      << security.output;
  const double exposure = std::stod(found[1]);
  EXPECT_LE(exposure, 1.0) << security.output;
  std::cout << "[ exposure ] " << exposure << "\n";
}

TEST_F(SystemdUnit, IsANotifyServiceThatReloadsWithSighup) {
  const auto text = testing::read_file(unit_);
  for (const char* line : {"Type=notify\n", "ExecReload=/bin/kill -HUP $MAINPID\n", "DynamicUser=yes\n",
                           "CapabilityBoundingSet=\n", "SystemCallFilter=@system-service\n", "WatchdogSec=",
                           "LimitNOFILE=", "MemoryMax=", "TasksMax=", "--config ${CONFIGURATION_DIRECTORY} ",
                           "ConfigurationDirectory=agendad\n"})
    EXPECT_NE(text.find(line), std::string::npos) << line;
}

}  // namespace
}  // namespace agendad::site
