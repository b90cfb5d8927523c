// `agendad agenda`: the agenda draft of one meeting, to stdout.
#include <iostream>
#include <optional>
#include <string>

#include "daemon/cli/common.hpp"
#include "planner/model/find_meeting.hpp"
#include "feeds/pages/agenda.hpp"
#include "planner/rules/public_view.hpp"

namespace agendad::cli {

using planner::Date, planner::Diagnostic, planner::PlannedProgramme, planner::Programme;

namespace {

// The usage is long, so a mistake only points to it.
constexpr Usage usage{
    .name = "agenda",
    .description = "Prints the agenda draft (front sheet) of the committee's meeting on DATE (YYYY-MM-DD).\n",
    .exit_status = "Exit status: 0 printed; 1 the configuration has errors, or no such committee or meeting;\n"
                   "2 the command line is wrong.\n",
    .wrong_words = "expected COMMITTEE and DATE",
    .usage_after_mistake = false};

struct Options {
  std::string config = "config";
  bool members = false;
  urls::AgendaFormat format = urls::AgendaFormat::text;
  std::optional<Date> as_of;
  std::string committee;
  Date date;
};

CommandLine command_line(Options& options) {
  CommandLine line(usage);
  line.add_options()
      ("config", word(&options.config, "DIR"), "the configuration directory (default: config)")
      ("members", po::bool_switch(&options.members), "the members' version, with the titles and detail of exempt items")
      ("format", one_of(&options.format, "html|text|md|json", urls::parse_agenda_format, "html, text, md or json"),
       "html, text, md or json (default: text)")
      ("as-of", date(&options.as_of),
       "as the programme and the planner's proposals stood on DATE, DRAFT until the agenda's publication date "
       "has gone by (default: today in Europe/London)");
  line.add_word("committee", word(&options.committee, "COMMITTEE")->required())
      .add_word("date", date(&options.date)->required());
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
  // The public's agenda is made from the public's programme: planner/rules/public_view.hpp.
  if (!options.members) loaded->programme = public_programme(loaded->programme);
  const PlannedProgramme planned = plan_and_report(*loaded, as_of);  // as the daemon serves it
  const Programme* programme = &planned.programme;
  auto meeting = find_meeting(*programme, options.committee, options.date);
  if (!meeting) {
    for (const Diagnostic& diagnostic : meeting.error())
      std::cerr << "agendad agenda: " << diagnostic.message << " (found " << diagnostic.found << "; expected "
                << diagnostic.expected << ")\n";
    return 1;
  }
  std::cout << pages::render_agenda(*programme, planned.plan, **meeting, options.format,
                                    {.base_url = programme->council.calendar.base_url, .members = options.members});
  return std::cout.good() ? 0 : 1;
}

const bool registered = register_command({"agenda", "print the agenda draft of a meeting", help, run});

}  // namespace
}  // namespace agendad::cli
