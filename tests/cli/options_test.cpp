// A wrong command line for `serve` and `export` is worded as for every other command: the
// command's name, the mistake, then its usage, and exit status 2; nothing is served or written.
#include <unistd.h>

#include <filesystem>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/support/agendad_process.hpp"

namespace {
namespace fs = std::filesystem;
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

}  // namespace
