// `agendad schedule --year 2025/26`: proposes the calendar of meetings for a municipal year for
// every body with a meeting pattern (a committee with none, from the pattern of its last municipal
// year, said and shown), with a reason for each date and each soft goal given up, and
// (as of a date) extraordinary meetings for items that cannot otherwise meet their deadlines.
#include <iostream>
#include <optional>
#include <string>

#include "daemon/cli/common.hpp"
#include "feeds/reports/schedule_report.hpp"
#include "planner/schedule/extraordinary.hpp"
#include "planner/schedule/schedule.hpp"
#include "planner/schedule/validate.hpp"

namespace agendad::cli {
namespace {

constexpr const char* usage =
    "Usage: agendad schedule --year YYYY/YY [--config DIR] [--as-of YYYY-MM-DD] [--format text|json]\n\n"
    "Proposes dates, starts and rooms for the meetings of the municipal year (1 May to 30 April) of\n"
    "every body whose configuration has a pattern:, keeping the meetings already configured and\n"
    "every hard rule (no weekend, bank holiday, closure or blackout; no room, member or governance\n"
    "advisor at two meetings at once; a body that feeds another far enough ahead of it). Each date\n"
    "comes with its reason and the soft goals it gave up. Proposed meetings are tentative.\n"
    "A committee without a pattern: gets one inferred from its formal meetings of the year before\n"
    "(the weekday most fell on, the usual start and venue, as many meetings, the months a longer\n"
    "gap than usual passed over), printed with the meetings it came from; a committee none can be\n"
    "inferred for (fewer than 3 meetings, no weekday most fell on) is named with the reason.\n\n"
    "  --year Y       the municipal year, as 2025/26 (required)\n"
    "  --config DIR   the configuration directory (default: config)\n"
    "  --as-of DATE   propose only meetings whose agenda can still be published after DATE, and\n"
    "                 extraordinary meetings for items the planner cannot place by their deadlines\n"
    "                 as of DATE (without it the whole year is proposed and no extraordinary meeting)\n"
    "  --format F     text (default) or json, printed to stdout\n\n"
    "Exit status: 0 every meeting placed; 1 the configuration or a calendar it names has errors;\n"
    "2 the command line is wrong; 3 some meetings cannot be placed without breaking a hard rule.\n";

int usage_error(const std::string& message) { return cli::usage_error("schedule", usage, message); }

int run(Arguments arguments) {
  PlanningOptions options;
  std::optional<MunicipalYear> year;
  for (std::size_t i = 0; i < arguments.size(); ++i) {
    std::string_view argument = arguments[i];
    if (argument != "--year" && !is_planning_option(argument)) return usage_error(unexpected_argument(argument));
    auto value = option_value(arguments, i);
    if (!value) return usage_error(needs_a_value(argument));
    if (argument == "--year") {
      auto parsed = parse_municipal_year(*value);
      if (!parsed) return usage_error("\"" + std::string(*value) + "\" is not a municipal year; expected 2025/26");
      year = *parsed;
    } else if (auto wrong = set_planning_option(options, argument, *value)) {
      return usage_error(*wrong);
    }
  }
  if (!year) return usage_error("--year is required");
  const sources::YearSpan planned{static_cast<int>(year->first.year()), static_cast<int>(year->last.year()) + 1};
  auto loaded = load_config_or_report(options.config, options.as_of.value_or(year->first), planned);
  if (!loaded) return 1;
  print_diagnostics(loaded->warnings);
  Programme programme = loaded->programme;
  const PlanningCalendar* calendar = &loaded->calendar;
  ExtraordinaryProposals extraordinary;
  if (options.as_of) {
    // The extraordinary meetings of the plan every view renders (planner/schedule/planned.hpp).
    PlannedProgramme planned = plan_programme(programme, *calendar, *options.as_of);
    if (!planned.plan.problems.empty()) {
      print_diagnostics(planned.plan.problems);
      return 1;
    }
    extraordinary = std::move(planned.plan.extraordinary);
  }
  std::vector<Meeting> in_year;
  for (const Meeting& m : programme.meetings)
    if (year->contains(m.date)) in_year.push_back(m);
  std::vector<Violation> fixed_clashes = hard_violations(programme, *calendar, in_year);
  // The ordinary calendar keeps clear of the extraordinary meetings proposed above.
  for (const auto& e : extraordinary.meetings) programme.meetings.push_back(e.meeting);
  auto proposal = propose_calendar(programme, *calendar, *year, options.as_of);
  if (!proposal) {
    print_diagnostics(proposal.error());
    return 1;
  }
  const reports::CalendarReport report{programme, *proposal, extraordinary, fixed_clashes, options.as_of};
  std::cout << (options.json ? reports::schedule_json(report) : reports::schedule_text(report));
  if (!std::cout.good()) return 1;
  return proposal->clash_free() ? 0 : 3;
}

const bool registered = register_command(
    {"schedule", "propose the calendar of meetings for a municipal year, with reasons", usage, run});

}  // namespace
}  // namespace agendad::cli
