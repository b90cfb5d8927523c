// `agendad plan`: the planner's proposals and flags for every committee, most urgent first.
#include <iostream>
#include <optional>
#include <string>

#include "daemon/cli/common.hpp"
#include "feeds/reports/plan_report.hpp"

namespace agendad::cli {

using planner::Date, planner::PlannedProgramme;

namespace {

constexpr Usage usage{
    .name = "plan",
    .description = "Prints, for each committee, the planner's flags (most urgent first) and the meetings it\n"
                   "proposes for the items awaiting a date, each with its reason.\n",
    .exit_status = "Exit status: 0 printed; 1 the configuration or a calendar it names has errors;\n"
                   "2 the command line is wrong.\n"};

struct Options {
  std::string config = "config";
  std::optional<Date> as_of;
  bool json = false;
};

CommandLine command_line(Options& options) {
  CommandLine line(usage);
  line.add_options()
      ("config", word(&options.config, "DIR"), "the configuration directory (default: config)")
      ("as-of", date(&options.as_of), "plan as the programme stood on DATE (default: today in Europe/London)")
      ("format", json_or_text(&options.json), "text or json (default: text)");
  return line;
}

std::string help() {
  Options unused;
  return command_line(unused).help();
}

int run(Arguments arguments) {
  Options options;
  if (!command_line(options).parse(arguments)) return 2;
  const Date as_of = options.as_of.value_or(today_in_london());
  auto loaded = load_config_or_report(options.config, as_of);
  if (!loaded) return 1;
  print_diagnostics(loaded->warnings);  // to stderr: the plan still stands
  const PlannedProgramme planned = plan_and_report(*loaded, as_of);
  std::cout << (options.json ? reports::plan_json(planned.programme, planned.plan)
                             : reports::plan_text(planned.programme, planned.plan));
  return std::cout.good() ? 0 : 1;
}

const bool registered = register_command({"plan", "the planner's proposals and flags, most urgent first", help, run});

}  // namespace
}  // namespace agendad::cli
