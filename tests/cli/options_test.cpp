// A wrong command line for `serve` and `export` is worded as for every other command: the
// command's name, the mistake, then its usage, and exit status 2; nothing is served or written.
// And what every command's Program_options table (daemon/cli/command_line.hpp) gives alike.
#include <unistd.h>

#include <filesystem>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/support/agendad_process.hpp"

namespace {
namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::StartsWith;
using agendad::test_support::Outcome;
using agendad::test_support::run_agendad;

// The first line of stderr, and that the usage follows it.
std::string mistake(const Outcome& run, const std::string& command) {
  EXPECT_EQ(run.status, 2) << run.err;
  EXPECT_EQ(run.out, "");
  const auto end = run.err.find('\n');
  EXPECT_THAT(run.err.substr(end + 1), StartsWith("Usage: agendad " + command + " ")) << run.err;
  return run.err.substr(0, end);
}

TEST(ServeOptions, AWrongValueOrOptionIsRefusedBeforeListening) {
  EXPECT_EQ(mistake(run_agendad("serve --threads 0"), "serve"),
            "agendad serve: \"0\" is not a valid value for --threads; expected a number from 1 to 256");
  EXPECT_EQ(mistake(run_agendad("serve --listen 127.0.0.1"), "serve"),
            "agendad serve: \"127.0.0.1\" is not a valid value for --listen; expected ADDR:PORT, as 127.0.0.1:8080 or "
            "[::1]:8080");
  EXPECT_EQ(mistake(run_agendad("serve --as-of 2025-02-29"), "serve"),
            "agendad serve: \"2025-02-29\" is not a date; expected YYYY-MM-DD");
  EXPECT_EQ(mistake(run_agendad("serve --port 8080"), "serve"), "agendad serve: unknown option --port");
  EXPECT_EQ(mistake(run_agendad("serve --config"), "serve"), "agendad serve: --config needs a value");
  EXPECT_EQ(mistake(run_agendad("serve config"), "serve"), "agendad serve: unexpected argument \"config\"");
}

TEST(ExportOptions, AWrongValueOrOptionIsRefusedBeforeWriting) {
  const fs::path out = fs::temp_directory_path() / ("agendad-options-" + std::to_string(::getpid()));
  EXPECT_EQ(mistake(run_agendad("export --out '" + out.string() + "' --base-url rotherham.gov.uk"), "export"),
            "agendad export: \"rotherham.gov.uk\" is not a valid value for --base-url; expected an http:// or https:// "
            "URL");
  EXPECT_EQ(mistake(run_agendad("export --out '" + out.string() + "' --secrets tokens"), "export"),
            "agendad export: unknown option --secrets");  // members' pages are never exported
  EXPECT_EQ(mistake(run_agendad("export --out"), "export"), "agendad export: --out needs a value");
  EXPECT_EQ(mistake(run_agendad("export --as-of 2024-09-17"), "export"), "agendad export: --out DIR is required");
  EXPECT_FALSE(fs::exists(out));
}

const std::string config = "--config '" AGENDAD_SOURCE_DIR "/config' ";

// As scripts/serve and the unit give their defaults first and their caller's options after them.
TEST(EveryCommand, TheLastOfAnOptionGivenTwiceWins) {
  const auto text = run_agendad("plan " + config + "--as-of 2025-03-05 --format text");
  ASSERT_EQ(text.status, 0) << text.err;
  const auto twice = run_agendad("plan --config /nowhere " + config + "--as-of 2024-01-01 --format json --as-of "
                                 "2025-03-05 --format text");
  EXPECT_EQ(twice.status, 0) << twice.err;
  EXPECT_EQ(twice.out, text.out);
}

TEST(EveryCommand, AValueMayFollowAnEqualsSign) {
  const auto spaced = run_agendad("plan " + config + "--as-of 2025-03-05 --format json");
  const auto joined = run_agendad("plan " + config + "--as-of=2025-03-05 --format=json");
  EXPECT_EQ(joined.status, 0) << joined.err;
  EXPECT_EQ(joined.out, spaced.out);
}

TEST(EveryCommand, NoOptionIsAbbreviatedAndNoneIsShort) {
  EXPECT_EQ(mistake(run_agendad("plan --conf config"), "plan"), "agendad plan: unknown option --conf");
  EXPECT_EQ(mistake(run_agendad("check -x"), "check"), "agendad check: unknown option -x");
}

TEST(EveryCommand, TheWrongNumberOfWordsIsToldBeforeAnythingWrongWithThem) {
  const auto run = run_agendad("agenda " + config + "ilsc 2024-02-30 extra");
  EXPECT_EQ(run.status, 2);
  EXPECT_EQ(run.err, "agendad agenda: expected COMMITTEE and DATE\nRun `agendad agenda --help` for its usage.\n");
  EXPECT_EQ(mistake(run_agendad("feed " + config + "ilsc all"), "feed"), "agendad feed: expected one COMMITTEE (or all)");
  const auto pack = run_agendad("pack " + config + "ilsc 2024-09-17");  // a PDF is not for a terminal
  EXPECT_EQ(pack.status, 2);
  EXPECT_EQ(pack.err, "agendad pack: --out FILE is required\nRun `agendad pack --help` for its usage.\n");
}

// The usage is printed from the table that reads the options: every option is in the synopsis
// and has a line of its own.
TEST(EveryCommand, TheUsageListsEveryOptionTheCommandTakes) {
  const auto help = run_agendad("serve --help");
  ASSERT_EQ(help.status, 0);
  EXPECT_THAT(help.out, StartsWith("Usage: agendad serve [--config DIR] [--listen ADDR:PORT] [--threads N]\n"));
  EXPECT_THAT(help.out, HasSubstr(" [--reload-deadline-ms N]\n\nServes the programme's"));
  EXPECT_THAT(help.out, HasSubstr("\n  --reload-deadline-ms N time a reload may take"));
  EXPECT_THAT(help.out, HasSubstr("\n\nExit status: 0 stopped cleanly;"));
  EXPECT_THAT(run_agendad("schedule --help").out, StartsWith("Usage: agendad schedule --year YYYY/YY [--config DIR]"));
  EXPECT_THAT(run_agendad("check --help").out, HasSubstr("[--format text|json] [DIR]\n"));
}

}  // namespace
