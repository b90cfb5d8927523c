#pragma once
// Atom feeds as feedparser reads them (tests/changes/check_feed.py, run with Debian's python3).
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace agendad::changes::testing {

// One JSON object per file, in order; fails the test (and returns nulls) when python3 cannot run.
nlohmann::json read_feeds(const std::vector<std::string>& files);

}  // namespace agendad::changes::testing
