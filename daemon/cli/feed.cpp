// `agendad feed`: one iCalendar feed, to stdout.
#include "feeds/ical/feed.hpp"

#include <chrono>
#include <iostream>
#include <optional>
#include <string>

#include "daemon/cli/common.hpp"
#include "daemon/state/sequence_file.hpp"
#include "planner/rules/public_view.hpp"

namespace agendad::cli {
namespace {

constexpr const char* usage =
    "Usage: agendad feed [--config DIR] [--deadlines] [--members] [--state DIR] COMMITTEE\n\n"
    "Prints the iCalendar feed of COMMITTEE's meetings, or of every committee's with COMMITTEE \"all\".\n\n"
    "  --config DIR   the configuration directory (default: config)\n"
    "  --deadlines    the officers' feed instead: agenda publication and report deadlines, actions owed\n"
    "  --members      the members' version, with exempt items under their full titles\n"
    "  --state DIR    keep SEQUENCE numbers in DIR/sequences, as the daemon does, so that a changed\n"
    "                 meeting reaches subscribers; without it every meeting is new as of now\n\n"
    "Exit status: 0 printed; 1 the configuration or a calendar file has errors, no such committee,\n"
    "or the state cannot be saved; 2 the command line is wrong.\n";

int usage_error(const std::string& message) { return cli::usage_error("feed", usage, message); }

int run(Arguments arguments) {
  std::string config = "config";
  std::optional<std::string> state_dir;
  bool deadlines = false, members = false;
  std::vector<std::string_view> positional;
  for (std::size_t i = 0; i < arguments.size(); ++i) {
    std::string_view argument = arguments[i];
    if (argument == "--deadlines") {
      deadlines = true;
    } else if (argument == "--members") {
      members = true;
    } else if (argument == "--config" || argument == "--state") {
      auto value = option_value(arguments, i);
      if (!value) return usage_error(needs_a_value(argument));
      (argument == "--config" ? config : state_dir.emplace()) = *value;
    } else if (argument.starts_with("--")) {
      return usage_error(unknown_option(argument));
    } else {
      positional.push_back(argument);
    }
  }
  if (positional.size() != 1) return usage_error("expected one COMMITTEE (or all)");
  std::string committee(positional[0]);
  if (deadlines && committee == "all") return usage_error("a deadlines feed is for one committee");

  // Always the calendar too: the deadlines it dates are part of every meeting's fingerprint,
  // whichever feed this is.
  auto configuration = load_config_or_report(config, today_in_london());
  if (!configuration) return 1;
  const PlannedProgramme planned = plan_and_report(*configuration, today_in_london());  // as the daemon serves it
  const Programme* programme = &planned.programme;
  const PlanningCalendar* calendar = &configuration->calendar;
  auto now = std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
  ical::SequenceState previous;
  if (state_dir) {
    state::LoadedState loaded = state::load_sequence_state(*state_dir, now);
    print_diagnostics(loaded.warnings);
    previous = std::move(loaded.state);
  }
  ical::SequenceState sequences = ical::next_state(previous, *programme, *calendar, now);
  if (state_dir && sequences != previous) {
    auto saved = state::save_sequence_state(*state_dir, sequences);
    if (!saved) return print_diagnostics(saved.error()), 1;
  }

  // Numbered from the programme as loaded, as the daemon numbers them; the public's feed is made
  // from the public's programme (planner/rules/public_view.hpp).
  const Programme shown = members ? Programme{} : public_programme(*programme);
  if (!members) programme = &shown;
  ical::FeedOptions options = ical::feed_options(*programme, members);
  Result<std::string> feed = std::string();
  if (deadlines) {
    feed = ical::render_deadlines_feed(*programme, committee, *calendar, options, sequences);
  } else if (committee == "all") {
    feed = ical::render_all_committees_feed(*programme, planned.plan, options, sequences);
  } else {
    feed = ical::render_committee_feed(*programme, planned.plan, committee, options, sequences);
  }
  if (!feed) {
    std::cerr << "agendad feed: no committee called \"" << committee << "\"\n";
    return 1;
  }
  std::cout << *feed;
  std::cout.flush();
  return std::cout.good() ? 0 : 1;
}

const bool registered =
    register_command({"feed", "prints a committee's iCalendar feed (or all, or its deadlines)", usage, run});

}  // namespace
}  // namespace agendad::cli
