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

using planner::Date, planner::ExtraordinaryProposals, planner::Meeting, planner::MunicipalYear,
    planner::PlannedProgramme, planner::PlanningCalendar, planner::Programme, planner::Violation;

namespace {

constexpr Usage usage{
    .name = "schedule",
    .description =
        "Proposes dates, starts and rooms for the meetings of the municipal year (1 May to 30 April) of\n"
        "every body whose configuration has a pattern:, keeping the meetings already configured and\n"
        "every hard rule (no weekend, bank holiday, closure or blackout; no room, member or governance\n"
        "advisor at two meetings at once; a body that feeds another far enough ahead of it). Each date\n"
        "comes with its reason and the soft goals it gave up. Proposed meetings are tentative.\n"
        "A committee without a pattern: gets one inferred from its formal meetings of the year before\n"
        "(the weekday most fell on, the usual start and venue, as many meetings, the months a longer\n"
        "gap than usual passed over), printed with the meetings it came from; a committee none can be\n"
        "inferred for (fewer than 3 meetings, no weekday most fell on) is named with the reason.\n",
    .exit_status =
        "Exit status: 0 every meeting placed; 1 the configuration or a calendar it names has errors;\n"
        "2 the command line is wrong; 3 some meetings cannot be placed without breaking a hard rule.\n"};

struct Options {
  std::optional<MunicipalYear> year;
  std::string config = "config";
  std::optional<Date> as_of;
  bool json = false;
};

CommandLine command_line(Options& options) {
  CommandLine line(usage);
  line.add_options()
      ("year", municipal_year(&options.year)->required(), "the municipal year, as 2025/26 (required)")
      ("config", word(&options.config, "DIR"), "the configuration directory (default: config)")
      ("as-of", date(&options.as_of),
       "propose only meetings whose agenda can still be published after DATE, and extraordinary meetings for "
       "items the planner cannot place by their deadlines as of DATE (without it the whole year is proposed "
       "and no extraordinary meeting)")
      ("format", json_or_text(&options.json), "text (default) or json, printed to stdout");
  return line;
}

std::string help() {
  Options unused;
  return command_line(unused).help();
}

int run(Arguments arguments) {
  Options options;
  if (!command_line(options).parse(arguments)) return 2;
  const MunicipalYear& year = *options.year;  // required
  const planner::sources::YearSpan planned{static_cast<int>(year.first.year()), static_cast<int>(year.last.year()) + 1};
  auto loaded = load_config_or_report(options.config, options.as_of.value_or(year.first), planned);
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
    if (year.contains(m.date)) in_year.push_back(m);
  std::vector<Violation> fixed_clashes = hard_violations(programme, *calendar, in_year);
  // The ordinary calendar keeps clear of the extraordinary meetings proposed above.
  for (const auto& e : extraordinary.meetings) programme.meetings.push_back(e.meeting);
  auto proposal = propose_calendar(programme, *calendar, year, options.as_of);
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
    {"schedule", "propose the calendar of meetings for a municipal year, with reasons", help, run});

}  // namespace
}  // namespace agendad::cli
