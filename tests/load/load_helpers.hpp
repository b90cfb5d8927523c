#pragma once
// Shared by the loader's tests: loading text held in the test, and finding a diagnostic.
#include <stdexcept>
#include <string>
#include <vector>

#include "planner/load/load_programme.hpp"
#include "planner/load/read_config_directory.hpp"

namespace agendad::testing {

inline planner::Result<planner::Programme> load_text(const std::string& text, const std::string& path = "test.yaml") {
  return planner::load_programme({planner::SourceText{path, text}});
}

// The council and venue every committee test needs, so that a test shows only what it is about.
inline const std::string council_yaml = R"(council:
  name: Rotherham Metropolitan Borough Council
  selection:
    scale: {min: 1, max: 5, threshold: 15}
venues:
  - id: town-hall
    name: Rotherham Town Hall
bodies:
  - id: cabinet
    name: Cabinet
)";

inline planner::Result<planner::Programme> load_with_council(const std::string& committee_yaml) {
  return planner::load_programme({planner::SourceText{"config/council.yaml", council_yaml},
                                  planner::SourceText{"config/test.yaml", committee_yaml}});
}

inline planner::Programme load_example() {
  auto files = planner::read_config_directory(AGENDAD_SOURCE_DIR "/config");
  if (!files) throw std::runtime_error("config/ cannot be read: " + format_line(files.error().front()));
  auto programme = load_programme(*files);
  if (!programme) {
    std::string all;
    for (const auto& d : programme.error()) all += format_line(d) + "\n";
    throw std::runtime_error("config/ does not load:\n" + all);
  }
  return std::move(*programme);
}

inline std::string all_lines(const planner::Diagnostics& diagnostics) {
  std::string all;
  for (const auto& d : diagnostics) all += format_line(d) + "\n";
  return all;
}

// The one diagnostic about `field`; fails the test (with every diagnostic shown) unless there is exactly one.
inline planner::Diagnostic only_about(const planner::Diagnostics& diagnostics, const std::string& field) {
  const planner::Diagnostic* found = nullptr;
  int count = 0;
  for (const auto& d : diagnostics)
    if (d.field == field) found = &d, ++count;
  if (count != 1)
    throw std::runtime_error(std::to_string(count) + " diagnostics about " + field + " in:\n" + all_lines(diagnostics));
  return *found;
}

}  // namespace agendad::testing
