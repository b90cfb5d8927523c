#pragma once
// Shared by the loader's error tests: the committee that a broken fragment is added to, the
// errors of a refused configuration, and where an error must point.
#include <stdexcept>
#include <string>

#include <gtest/gtest.h>

#include "tests/load/load_helpers.hpp"

namespace agendad::testing {

// Line numbers in the error tests count from the `committees:` line as line 1. These are lines
// 1 to 3 of most of them, so that a test shows only what it breaks; a fragment starts on line 4.
inline const std::string ilsc_preamble = R"(committees:
  - id: ilsc
    name: Improving Lives Select Commission
)";

// The errors of `committee_yaml` (as config/test.yaml, beside the council's file), which must be
// refused: a test about an error has nothing to check if the configuration loads.
inline planner::Diagnostics errors_of(const std::string& committee_yaml) {
  auto loaded = load_with_council(committee_yaml);
  if (loaded) throw std::runtime_error("expected the configuration to be refused");
  return loaded.error();
}

// The errors of the ILSC's committee with `fragment` after its first three lines.
inline planner::Diagnostics errors_in_ilsc(const std::string& fragment) { return errors_of(ilsc_preamble + fragment); }

inline void expect_at(const planner::Diagnostic& d, int line, int column) {
  EXPECT_EQ(d.severity, planner::Severity::error);
  EXPECT_EQ(d.where.file, "config/test.yaml");
  EXPECT_EQ(d.where.line, line) << format_line(d);
  EXPECT_EQ(d.where.column, column) << format_line(d);
}

}  // namespace agendad::testing
