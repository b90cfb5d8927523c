// The layers' dependencies point one way (ARCHITECTURE.md): this reads every source file and
// fails on an include that runs the wrong way, or on a renderer that touches files or the clock.
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace agendad::http {
namespace {

namespace fs = std::filesystem;

struct Rule {
  std::string folder;     // under the source directory
  std::string forbidden;  // a regular expression no line of its files may match
  std::string why;
  friend void PrintTo(const Rule& rule, std::ostream* out) { *out << rule.folder << ": " << rule.why; }
};

std::vector<std::string> offending_lines(const Rule& rule) {
  std::vector<std::string> found;
  const std::regex forbidden(rule.forbidden);
  for (const auto& entry : fs::recursive_directory_iterator(fs::path(AGENDAD_SOURCE_DIR) / rule.folder)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path());
    std::string line;
    for (int number = 1; std::getline(in, line); ++number)
      if (std::regex_search(line, forbidden))
        found.push_back(entry.path().lexically_relative(AGENDAD_SOURCE_DIR).string() + ":" + std::to_string(number) +
                        ": " + line);
  }
  return found;
}

class Layering : public ::testing::TestWithParam<Rule> {};

TEST_P(Layering, NoLineRunsTheWrongWay) {
  const auto found = offending_lines(GetParam());
  std::ostringstream listed;
  for (const auto& line : found) listed << line << '\n';
  EXPECT_TRUE(found.empty()) << GetParam().why << ":\n" << listed.str();
}

INSTANTIATE_TEST_SUITE_P(
    Rules, Layering,
    ::testing::Values(
        Rule{"planner", R"(#include "(feeds|daemon)/)", "the planner includes nothing above it"},
        Rule{"feeds", R"(#include "daemon/)", "feeds include nothing of the daemon"},
        Rule{"feeds/ical", R"(#include "feeds/pages/)", "calendars share the agenda drafts and the URL space, not the pages"},
        Rule{"feeds", R"(#include <fstream>|std::filesystem|system_clock|\bfopen\()",
             "feeds render values into bytes: no files, no clock"},
        Rule{"daemon/http", R"(#include "(planner|feeds|daemon/site|daemon/state|daemon/cli)/)",
             "the transport knows no domain"},
        Rule{"daemon", R"(_experimental)", "Beast's experimental test stream is for tests and fuzzers only"},
        Rule{"planner", R"(^namespace agendad(::(?!planner\b)\w+)? \{)",
             "the planner's types live in agendad::planner and its sub-namespaces"}),
    [](const auto& info) { return "rule" + std::to_string(info.index); });

}  // namespace
}  // namespace agendad::http
