#include "tests/site/clerk_edits.hpp"

#include <regex>
#include <vector>

#include <gtest/gtest.h>

namespace agendad::site::testing {

namespace {

std::vector<std::smatch> all_matches(const std::string& text, const std::regex& pattern) {
  std::vector<std::smatch> found;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), pattern); it != std::sregex_iterator(); ++it)
    found.push_back(*it);
  EXPECT_FALSE(found.empty());
  return found;
}

}  // namespace

std::string reworded_title(std::string text, std::mt19937& random, int round) {
  const auto titles = all_matches(text, std::regex(R"(\n(\s+)title: [^\n]*)"));
  if (titles.empty()) return text;
  const auto& found = titles[random() % titles.size()];
  return text.replace(found.position(0), found.length(0),
                      "\n" + found[1].str() + "title: Edited title " + std::to_string(round));
}

std::string reworded_first_title(std::string text, int round) {
  const auto at = text.find(" title: ", text.find("\n    items:")) + 1;
  return text.replace(at, text.find('\n', at) - at, "title: Reworded title " + std::to_string(round));
}

std::string moved_start(std::string text, std::mt19937& random, int round) {
  const auto starts = all_matches(text, std::regex(R"(start: "\d\d:\d\d")"));
  if (starts.empty()) return text;
  const auto& found = starts[random() % starts.size()];
  return text.replace(found.position(0), found.length(0), "start: \"1" + std::to_string(round % 8 + 2) + ":30\"");
}

planner::Date later(planner::Date as_of, std::mt19937& random) {
  return planner::Date{std::chrono::sys_days(as_of) + std::chrono::days(random() % 60 + 1)};
}

}  // namespace agendad::site::testing
