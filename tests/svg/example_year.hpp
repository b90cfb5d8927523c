#pragma once
// The example configuration's 2024/25 picture, as of 5 March 2025 (the seeds' situation: the
// minutes of 4 March 2025 just out), rendered once per test binary.
#include <string>

#include "planner/rules/plan.hpp"
#include "planner/sources/configuration.hpp"

namespace agendad::svg::testing {

struct PlannedExample {
  planner::sources::LoadedConfiguration loaded;  // its programme is the planned one
  planner::PlannedProgramme planned;
};

const PlannedExample& planned_example();
const planner::sources::LoadedConfiguration& example();
planner::Date as_of();
// The ILSC's picture (or "all"), with the extraordinary meetings the scheduler proposes added as
// the daemon adds them.
std::string example_picture(const std::string& committee = "ilsc");

}  // namespace agendad::svg::testing
