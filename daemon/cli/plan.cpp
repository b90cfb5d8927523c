// `agendad plan`: the planner's proposals and flags for every committee, most urgent first.
#include <iostream>
#include <optional>
#include <string>

#include "daemon/cli/common.hpp"
#include "feeds/reports/plan_report.hpp"

namespace agendad::cli {
namespace {

constexpr const char* usage =
    "Usage: agendad plan [--config DIR] [--as-of YYYY-MM-DD] [--format text|json]\n\n"
    "Prints, for each committee, the planner's flags (most urgent first) and the meetings it\n"
    "proposes for the items awaiting a date, each with its reason.\n\n"
    "  --config DIR   the configuration directory (default: config)\n"
    "  --as-of DATE   plan as the programme stood on DATE (default: today in Europe/London)\n"
    "  --format F     text or json (default: text)\n\n"
    "Exit status: 0 printed; 1 the configuration or a calendar it names has errors;\n"
    "2 the command line is wrong.\n";

int usage_error(const std::string& message) { return cli::usage_error("plan", usage, message); }

int run(Arguments arguments) {
  PlanningOptions options;
  for (std::size_t i = 0; i < arguments.size(); ++i) {
    std::string_view argument = arguments[i];
    if (!is_planning_option(argument)) return usage_error(unexpected_argument(argument));
    auto value = option_value(arguments, i);
    if (!value) return usage_error(needs_a_value(argument));
    if (auto wrong = set_planning_option(options, argument, *value)) return usage_error(*wrong);
  }
  const Date as_of = options.as_of ? *options.as_of : today_in_london();
  auto loaded = load_config_or_report(options.config, as_of);
  if (!loaded) return 1;
  print_diagnostics(loaded->warnings);  // to stderr: the plan still stands
  const PlannedProgramme planned = plan_and_report(*loaded, as_of);
  std::cout << (options.json ? reports::plan_json(planned.programme, planned.plan)
                             : reports::plan_text(planned.programme, planned.plan));
  return std::cout.good() ? 0 : 1;
}

const bool registered = register_command({"plan", "the planner's proposals and flags, most urgent first", usage, run});

}  // namespace
}  // namespace agendad::cli
