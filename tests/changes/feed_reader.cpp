#include "tests/changes/feed_reader.hpp"

#include <gtest/gtest.h>

#include "tests/support/agendad_process.hpp"

namespace agendad::changes::testing {

nlohmann::json read_feeds(const std::vector<std::string>& files) {
  std::string command = "/usr/bin/python3 " AGENDAD_SOURCE_DIR "/tests/changes/check_feed.py";
  for (const auto& file : files) command += " '" + file + "'";
  const auto read = test_support::run_shell(command);
  EXPECT_EQ(read.status, 0) << read.err << "\n(python3-feedparser: scripts/test installs it)";
  if (read.status != 0) return nlohmann::json::array();
  return nlohmann::json::parse(read.out);
}

}  // namespace agendad::changes::testing
