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

using planner::Date, planner::Plan, planner::PlannedProgramme, planner::PlanningCalendar, planner::Programme,
    planner::Result;

namespace {

constexpr Usage usage{
    .name = "feed",
    .description = "Prints the iCalendar feed of COMMITTEE's meetings, or of every committee's with COMMITTEE \"all\".\n",
    .exit_status = "Exit status: 0 printed; 1 the configuration or a calendar file has errors, no such committee,\n"
                   "or the state cannot be saved; 2 the command line is wrong.\n",
    .wrong_words = "expected one COMMITTEE (or all)"};

struct Options {
  std::string config = "config";
  bool deadlines = false;
  bool members = false;
  std::optional<std::string> state_dir;
  std::optional<Date> as_of;
  std::string committee;
};

CommandLine command_line(Options& options) {
  CommandLine line(usage);
  line.add_options()
      ("config", word(&options.config, "DIR"), "the configuration directory (default: config)")
      ("deadlines", po::bool_switch(&options.deadlines),
       "the officers' feed instead: agenda publication and report deadlines, actions owed")
      ("members", po::bool_switch(&options.members), "the members' version, with exempt items under their full titles")
      ("state", word(&options.state_dir, "DIR"),
       "keep SEQUENCE numbers in DIR/sequences, as the daemon does, so that a changed meeting reaches subscribers; "
       "without it every meeting is new as of now")
      ("as-of", date(&options.as_of),
       "as the programme and the planner's proposals stood on DATE (default: today in Europe/London); SEQUENCE "
       "and DTSTAMP still come from the clock");
  line.add_word("committee", word(&options.committee, "COMMITTEE")->required());
  return line;
}

std::string help() {
  Options unused;
  return command_line(unused).help();
}

// The SEQUENCE numbers of the programme's meetings as of now: from the state directory, as the
// daemon numbers them (and saved there again when they moved), or every meeting new.
std::optional<ical::SequenceState> sequences(const std::optional<std::string>& state_dir, const Programme& programme,
                                             const PlanningCalendar& calendar) {
  const auto now = std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
  ical::SequenceState previous;
  if (state_dir) {
    state::LoadedState loaded = state::load_sequence_state(*state_dir, now);
    print_diagnostics(loaded.warnings);
    previous = std::move(loaded.state);
  }
  ical::SequenceState next = ical::next_state(previous, programme, calendar, now);
  if (state_dir && next != previous) {
    if (auto saved = state::save_sequence_state(*state_dir, next); !saved) {
      print_diagnostics(saved.error());
      return std::nullopt;
    }
  }
  return next;
}

Result<std::string> render(const Options& options, const Programme& programme, const Plan& plan,
                           const PlanningCalendar& calendar, const ical::SequenceState& sequences) {
  const ical::FeedOptions feed = ical::feed_options(programme, options.members);
  if (options.deadlines) return ical::render_deadlines_feed(programme, options.committee, calendar, feed, sequences);
  if (options.committee == "all") return ical::render_all_committees_feed(programme, plan, feed, sequences);
  return ical::render_committee_feed(programme, plan, options.committee, feed, sequences);
}

int run(Arguments arguments) {
  Options options;
  const CommandLine line = command_line(options);
  if (!line.parse(arguments)) return 2;
  if (options.deadlines && options.committee == "all") return line.mistake("a deadlines feed is for one committee");

  // Always the calendar too: the deadlines it dates are part of every meeting's fingerprint,
  // whichever feed this is.
  const Date as_of = options.as_of.value_or(today_in_london());
  auto configuration = load_config_or_report(options.config, as_of);
  if (!configuration) return 1;
  const PlannedProgramme planned = plan_and_report(*configuration, as_of);  // as the daemon serves it
  // Numbered from the programme as loaded, as the daemon numbers them.
  const auto numbers = sequences(options.state_dir, planned.programme, configuration->calendar);
  if (!numbers) return 1;
  // The public's feed is made from the public's programme (planner/rules/public_view.hpp).
  const Programme shown = options.members ? Programme{} : public_programme(planned.programme);
  const Result<std::string> feed = render(options, options.members ? planned.programme : shown, planned.plan,
                                          configuration->calendar, *numbers);
  if (!feed) {
    std::cerr << "agendad feed: no committee called \"" << options.committee << "\"\n";
    return 1;
  }
  std::cout << *feed;
  std::cout.flush();
  return std::cout.good() ? 0 : 1;
}

const bool registered =
    register_command({"feed", "prints a committee's iCalendar feed (or all, or its deadlines)", help, run});

}  // namespace
}  // namespace agendad::cli
