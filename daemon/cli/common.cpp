#include "daemon/cli/common.hpp"

#include <iostream>

namespace agendad::cli {

using planner::Date, planner::Diagnostic, planner::Diagnostics, planner::PlannedProgramme;

void print_diagnostics(const Diagnostics& diagnostics) {
  for (const Diagnostic& diagnostic : diagnostics) std::cerr << format_line(diagnostic) << "\n";
}

std::optional<planner::sources::LoadedConfiguration> load_config_or_report(
    const std::string& dir, Date as_of, std::optional<planner::sources::YearSpan> also) {
  auto loaded = planner::sources::load_configuration(dir, as_of, also);
  if (!loaded) {
    print_diagnostics(loaded.error());
    return std::nullopt;
  }
  return std::move(*loaded);
}

PlannedProgramme plan_and_report(planner::sources::LoadedConfiguration& loaded, Date as_of) {
  PlannedProgramme planned = plan_programme(std::move(loaded.programme), loaded.calendar, as_of);
  print_diagnostics(planned.plan.problems);
  return planned;
}

}  // namespace agendad::cli
