// A configuration directory works wherever it is copied, and `check` promises what `serve`
// accepts: it loads every file the configuration names, and a problem in one is told at the YAML
// key that names it.
#include <sys/stat.h>
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

class CopiedConfig : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / ("agendad-copy-" + std::to_string(::getpid()) + "-" +
                                         ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    fs::create_directories(root_ / "elsewhere");
    fs::copy(fs::path(AGENDAD_SOURCE_DIR) / "config", config(), fs::copy_options::recursive);
  }
  void TearDown() override { fs::remove_all(root_); }
  fs::path config() const { return root_ / "elsewhere" / "config"; }
  std::string quoted() const { return "'" + config().string() + "'"; }

  // Appends to council.yaml, whose last section is `bodies:`.
  void add_body(const std::string& entry) { std::ofstream(config() / "council.yaml", std::ios::app) << entry; }

  // The 1-based line of council.yaml that holds `text`.
  int line_of(const std::string& text) const {
    std::ifstream in(config() / "council.yaml");
    std::string line;
    for (int number = 1; std::getline(in, line); ++number)
      if (line.find(text) != std::string::npos) return number;
    return 0;
  }

  fs::path root_;
};

TEST_F(CopiedConfig, EveryCommandWorksOnACopyWithNothingBesideIt) {
  const auto checked = run_agendad("check " + quoted());
  EXPECT_EQ(checked.status, 0) << checked.err;
  const auto planned = run_agendad("plan --config " + quoted() + " --as-of 2025-03-05");
  EXPECT_EQ(planned.status, 0) << planned.err;
  EXPECT_THAT(planned.out, HasSubstr("Kinship"));
  const auto scheduled = run_agendad("schedule --config " + quoted() + " --year 2029/30");
  EXPECT_EQ(scheduled.status, 0) << scheduled.err;
  const auto agenda = run_agendad("agenda --config " + quoted() + " ilsc 2024-09-17 --format text");
  EXPECT_EQ(agenda.status, 0) << agenda.err;
  const auto feed = run_agendad("feed --config " + quoted() + " ilsc");
  EXPECT_EQ(feed.status, 0) << feed.err;
  EXPECT_THAT(feed.out, Not(HasSubstr("8080"))) << "no address is configured, so the feed names none";
  for (const auto* run : {&checked, &planned, &scheduled, &agenda, &feed}) EXPECT_THAT(run->err, Not(HasSubstr("shared")));
}

TEST_F(CopiedConfig, AMissingCalendarFailsCheckAtTheKeyThatNamesIt) {
  add_body("  - id: cabinet-calendar\n    name: Cabinet's calendar\n    calendar: calendars/missing.ics\n");
  const int line = line_of("calendar: calendars/missing.ics");
  ASSERT_GT(line, 0);
  const auto checked = run_agendad("check " + quoted());
  EXPECT_EQ(checked.status, 1);
  EXPECT_THAT(checked.err, HasSubstr((config() / "council.yaml").string() + ":" + std::to_string(line) +
                                     ":15: error: bodies.cabinet-calendar.calendar: " +
                                     (config() / "calendars/missing.ics").string() + ": cannot open the calendar file"));
  // check's refusal is serve's: serve exits 1 on the same directory rather than serving.
  const auto served = run_agendad("serve --config " + quoted() + " --listen 127.0.0.1:0");
  EXPECT_EQ(served.status, 1);
  EXPECT_THAT(served.err, HasSubstr("bodies.cabinet-calendar.calendar"));
}

TEST_F(CopiedConfig, AProblemInsideACalendarIsToldAtTheKeyAndAtTheCalendarsOwnLine) {
  fs::create_directories(config() / "calendars");
  std::ofstream(config() / "calendars" / "cabinet.ics") << "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\n";
  add_body("  - id: cabinet-calendar\n    name: Cabinet's calendar\n    calendar: calendars/cabinet.ics\n");
  const auto checked = run_agendad("check " + quoted() + " --format json");
  EXPECT_EQ(checked.status, 1);
  EXPECT_THAT(checked.out, HasSubstr("\"field\": \"bodies.cabinet-calendar.calendar\""));
  EXPECT_THAT(checked.out, HasSubstr((config() / "calendars/cabinet.ics").string() + ":2: "));
}

TEST_F(CopiedConfig, AFifoNamedAsACalendarIsRefusedAtOnce) {
  fs::create_directories(config() / "calendars");
  ASSERT_EQ(::mkfifo((config() / "calendars" / "cabinet.ics").c_str(), 0600), 0);
  add_body("  - id: cabinet-calendar\n    name: Cabinet's calendar\n    calendar: calendars/cabinet.ics\n");
  const auto checked = run_agendad("check " + quoted());  // would block for ever on open(2)
  EXPECT_EQ(checked.status, 1);
  EXPECT_THAT(checked.err, HasSubstr("not a regular file (found a FIFO"));
}

TEST_F(CopiedConfig, CheckReadsTheSecretsFileServeWouldBeGiven) {
  const fs::path secrets = root_ / "secrets";
  std::ofstream(secrets) << "not hex\n";
  fs::permissions(secrets, fs::perms::owner_read | fs::perms::owner_write);
  const auto checked = run_agendad("check " + quoted() + " --secrets '" + secrets.string() + "'");
  EXPECT_EQ(checked.status, 1) << checked.out;
  EXPECT_THAT(checked.err, HasSubstr(secrets.string()));
}

}  // namespace
