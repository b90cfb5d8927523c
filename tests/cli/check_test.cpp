// `agendad check`, run as a clerk or a tool would run it: exit status, summary, errors, JSON.
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "tests/support/agendad_process.hpp"

namespace {
namespace fs = std::filesystem;
using ::testing::HasSubstr;
using agendad::test_support::Outcome;

class Check : public ::testing::Test {
 protected:
  void SetUp() override {
    dir = fs::temp_directory_path() / ("agendad-check-" + std::to_string(::getpid()) + "-" +
                                       ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir);
    fs::create_directories(dir / "config");
  }
  void TearDown() override { fs::remove_all(dir); }

  // Runs agendad with the arguments (already shell-quoted where needed) in the directory `cwd`, or
  // the test's own; stdout and stderr apart.
  Outcome agendad(const std::string& arguments, const std::string& cwd = ".") {
    Outcome outcome = agendad::test_support::run_agendad(arguments, cwd);
    EXPECT_NE(outcome.status, -1) << "agendad ended by a signal: " << arguments;
    return outcome;
  }

  void write(const std::string& name, const std::string& text) {
    std::ofstream(dir / "config" / name, std::ios::binary) << text;
  }
  std::string config() const { return "'" + (dir / "config").string() + "'"; }

  fs::path dir;
};

const std::string example = "'" AGENDAD_SOURCE_DIR "/config'";

TEST_F(Check, TheExampleIsSoundAndSummarised) {
  Outcome run = agendad("check " + example);
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.err, "");
  EXPECT_THAT(run.out, HasSubstr("Rotherham Metropolitan Borough Council: 2 files read from"));
  EXPECT_THAT(run.out, HasSubstr("1 venue, 3 other bodies"));
  EXPECT_THAT(run.out, HasSubstr("Improving Lives Select Commission (ilsc), 2024/25\n"));
  EXPECT_THAT(run.out, HasSubstr("  chair Lyndsay Pitchley, vice-chair Stuart Knight; 16 members\n"));
  EXPECT_THAT(run.out, HasSubstr("  meetings: 10 (8 ordinary, 2 workshops; 10 scheduled)\n"));
  EXPECT_THAT(run.out, HasSubstr("  items: 26 (14 booked, 6 awaiting date, 1 deferred, 5 taken)\n"));
  EXPECT_THAT(run.out, HasSubstr("  actions owed: 5\n"));
  EXPECT_LE(std::count(run.out.begin(), run.out.end(), '\n'), 24) << "one screen";
}

TEST_F(Check, ConfigOptionAndTheDefaultDirectory) {
  EXPECT_EQ(agendad("check --config " + example).status, 0);
  Outcome from_root = agendad("check", AGENDAD_SOURCE_DIR);
  EXPECT_EQ(from_root.status, 0) << "DIR defaults to config: " << from_root.err;
  EXPECT_THAT(from_root.out, HasSubstr("2 files read from config;"));
}

TEST_F(Check, TheExampleAsJson) {
  Outcome run = agendad("check " + example + " --format json");
  ASSERT_EQ(run.status, 0) << run.err;
  auto json = nlohmann::json::parse(run.out);
  EXPECT_EQ(json["ok"], true);
  EXPECT_EQ(json["council"], "Rotherham Metropolitan Borough Council");
  ASSERT_EQ(json["committees"].size(), 1u);
  const auto& ilsc = json["committees"][0];
  EXPECT_EQ(ilsc["id"], "ilsc");
  EXPECT_EQ(ilsc["members"], 16);
  EXPECT_EQ(ilsc["meetings"]["by_kind"]["workshop"], 2);
  EXPECT_EQ(ilsc["meetings"]["by_kind"]["ordinary"], 8);
  EXPECT_EQ(ilsc["items"]["by_status"]["awaiting_date"], 6);
  EXPECT_EQ(ilsc["items"]["by_status"]["deferred"], 1);
  EXPECT_EQ(ilsc["actions_owed"], 5);
  EXPECT_TRUE(json["warnings"].empty());
}

TEST_F(Check, ErrorsOnePerLineOnStderr) {
  write("ilsc.yaml", "committees:\n  - id: ilsc\n    nam: Improving Lives\n    meetings:\n"
                     "      - {id: m1, date: 2025-02-30}\n      - {id: m2, date: 2025-03-04, start: \"25:00\"}\n");
  Outcome run = agendad("check " + config());
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(run.out, "");
  std::string file = (dir / "config" / "ilsc.yaml").string();
  EXPECT_EQ(run.err, file + ":2:5: error: committees.ilsc.name: is missing (expected the committee's full name)\n" +
                         file + ":3:5: error: committees.ilsc.nam: `nam`: did you mean `name`? (found `nam`; expected "
                                "one of id, name, short_name, municipal_year, work_programme_title, governance_advisor, "
                                "link_officer, start, duration_minutes, venue, webcast, members, membership_changes, standing_items, "
                                "pattern, meetings, items, actions)\n" +
                         file + ":5:24: error: committees.ilsc.meetings.m1.date: there is no such day (found "
                                "2025-02-30; expected a date as YYYY-MM-DD, such as 2024-09-17)\n" +
                         file + ":6:43: error: committees.ilsc.meetings.m2.start: there is no such time of day (found "
                                "25:00; expected a 24-hour time as HH:MM, such as 10:00 or 14:30)\n"
                                "agendad check: 4 errors; the configuration was not loaded\n");
}

TEST_F(Check, ErrorsAsJson) {
  write("ilsc.yaml", "committees:\n  - id: ilsc\n    name: ILSC\n    meetings:\n      - {id: m1, date: 2025-02-30}\n");
  Outcome run = agendad("check " + config() + " --format json");
  EXPECT_EQ(run.status, 1);
  auto json = nlohmann::json::parse(run.out);
  EXPECT_EQ(json["ok"], false);
  ASSERT_EQ(json["errors"].size(), 1u);
  const auto& error = json["errors"][0];
  EXPECT_EQ(error["file"], (dir / "config" / "ilsc.yaml").string());
  EXPECT_EQ(error["line"], 5);
  EXPECT_EQ(error["column"], 24);
  EXPECT_EQ(error["field"], "committees.ilsc.meetings.m1.date");
  EXPECT_EQ(error["found"], "2025-02-30");
  EXPECT_EQ(error["expected"], "a date as YYYY-MM-DD, such as 2024-09-17");
  EXPECT_EQ(error["severity"], "error");
}

TEST_F(Check, AFileNameThatIsNotUtf8StillGivesJson) {
  write("caf\xe9.yaml", "venues:\n  - {id: hall}\n");
  Outcome run = agendad("check " + config() + " --format json");
  EXPECT_EQ(run.status, 1) << run.err;
  auto json = nlohmann::json::parse(run.out);
  ASSERT_EQ(json["errors"].size(), 1u);
  EXPECT_THAT(json["errors"][0]["file"].get<std::string>(), HasSubstr("caf\xEF\xBF\xBD.yaml"));
  EXPECT_EQ(json["errors"][0]["field"], "venues.hall.name");
}

TEST_F(Check, HostileFilesGetAnErrorNotASignal) {
  write("a-empty.yaml", "");
  write("b-tabs.yaml", "council:\n\tname: Rotherham\n");
  std::string deep = "x: ";
  for (int i = 0; i < 100000; ++i) deep += "[";
  write("c-deep.yaml", deep);
  write("d-binary.yaml", std::string("\x7f" "ELF\x02\x01\x01\0\0\0", 10));
  write("e-bomb.yaml", "a: &a [x, x]\nb: &b [*a, *a]\n");
  Outcome run = agendad("check " + config());
  EXPECT_EQ(run.status, 1);
  EXPECT_THAT(run.err, HasSubstr("a-empty.yaml: error: the file is empty"));
  EXPECT_THAT(run.err, HasSubstr("b-tabs.yaml:2:1: error: a tab is used for indentation"));
  EXPECT_THAT(run.err, HasSubstr("c-deep.yaml:1:"));
  EXPECT_THAT(run.err, HasSubstr("the YAML is nested more than 64 levels deep"));
  EXPECT_THAT(run.err, HasSubstr("d-binary.yaml:1:1: error: the file holds bytes that are not text"));
  EXPECT_THAT(run.err, HasSubstr("e-bomb.yaml:1:4: error: an anchor (&name) is used"));
  EXPECT_THAT(run.err, HasSubstr("agendad check: 5 errors"));
}

TEST_F(Check, AHugeFileIsRefusedBySize) {
  fs::resize_file((std::ofstream(dir / "config" / "huge.yaml"), dir / "config" / "huge.yaml"), 50 * 1024 * 1024);
  Outcome run = agendad("check " + config());
  EXPECT_EQ(run.status, 1);
  EXPECT_THAT(run.err, HasSubstr("huge.yaml: error: the file is too large to be a configuration file "
                                 "(found 52428800 bytes; expected at most 10485760 bytes)"));
}

TEST_F(Check, WarningsDoNotFailTheCheck) {
  write("ilsc.yaml", "committees:\n  - id: ilsc\n    name: Improving Lives Select Commission\n");
  Outcome run = agendad("check " + config());
  EXPECT_EQ(run.status, 0);
  EXPECT_THAT(run.out, HasSubstr("  meetings: 0\n"));
  EXPECT_THAT(run.err, HasSubstr("warning: committees.ilsc.meetings: the committee has no meetings yet"));
}

TEST_F(Check, MissingDirectory) {
  Outcome run = agendad("check '" + (dir / "nowhere").string() + "'");
  EXPECT_EQ(run.status, 1);
  EXPECT_THAT(run.err, HasSubstr("nowhere: error: there is no such directory"));
}

TEST_F(Check, UsageErrorsExitTwo) {
  for (const char* arguments : {"check --format xml", "check --config", "check a b", "check --colour"}) {
    Outcome run = agendad(arguments);
    EXPECT_EQ(run.status, 2) << arguments;
    EXPECT_THAT(run.err, HasSubstr("Usage: agendad check")) << arguments;
  }
  Outcome help = agendad("check --help");
  EXPECT_EQ(help.status, 0);
  EXPECT_THAT(help.out, HasSubstr("--format text|json"));
}

}  // namespace
