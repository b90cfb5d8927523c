// `agendad agenda`: the agenda draft of one meeting, to stdout.
#include <iostream>
#include <optional>
#include <string>

#include "daemon/cli/common.hpp"
#include "feeds/pages/agenda.hpp"
#include "planner/rules/public_view.hpp"
#include "planner/model/find_meeting.hpp"

namespace agendad::cli {
namespace {

constexpr const char* usage =
    "Usage: agendad agenda [--config DIR] [--members] COMMITTEE DATE [--format html|text|md|json]\n\n"
    "Prints the agenda draft (front sheet) of the committee's meeting on DATE (YYYY-MM-DD).\n\n"
    "  --config DIR   the configuration directory (default: config)\n"
    "  --members      the members' version, with the titles and detail of exempt items\n"
    "  --format F     html, text, md or json (default: text)\n\n"
    "Exit status: 0 printed; 1 the configuration has errors, or no such committee or meeting;\n"
    "2 the command line is wrong.\n";

// The usage is long, so a mistake only points to it.
int usage_error(const std::string& message) {
  return cli::usage_error("agenda", "Run `agendad agenda --help` for its usage.\n", message);
}

int run(Arguments arguments) {
  std::string config = "config";
  bool members = false;
  urls::AgendaFormat format = urls::AgendaFormat::text;
  std::vector<std::string_view> positional;
  for (std::size_t i = 0; i < arguments.size(); ++i) {
    std::string_view argument = arguments[i];
    if (argument == "--members") {
      members = true;
    } else if (argument == "--config" || argument == "--format") {
      auto value = option_value(arguments, i);
      if (!value) return usage_error(needs_a_value(argument));
      if (argument == "--config") {
        config = *value;
      } else if (auto parsed = urls::parse_agenda_format(*value)) {
        format = *parsed;
      } else {
        return usage_error(unknown_format(*value, "html, text, md or json"));
      }
    } else if (argument.starts_with("--")) {
      return usage_error(unknown_option(argument));
    } else {
      positional.push_back(argument);
    }
  }
  if (positional.size() != 2) return usage_error("expected COMMITTEE and DATE");
  auto date = parse_iso_date(positional[1]);
  if (!date) return usage_error(not_a_date(positional[1]));

  auto loaded = load_config_or_report(config, today_in_london());
  if (!loaded) return 1;
  // The public's agenda is made from the public's programme: planner/rules/public_view.hpp.
  if (!members) loaded->programme = public_programme(loaded->programme);
  const PlannedProgramme planned = plan_and_report(*loaded, today_in_london());  // as the daemon serves it
  const Programme* programme = &planned.programme;
  auto meeting = find_meeting(*programme, positional[0], *date);
  if (!meeting) {
    for (const Diagnostic& diagnostic : meeting.error())
      std::cerr << "agendad agenda: " << diagnostic.message << " (found " << diagnostic.found << "; expected "
                << diagnostic.expected << ")\n";
    return 1;
  }
  std::cout << pages::render_agenda(*programme, planned.plan, **meeting, format,
                                    {.base_url = programme->council.calendar.base_url, .members = members});
  return std::cout.good() ? 0 : 1;
}

const bool registered = register_command({"agenda", "print the agenda draft of a meeting", usage, run});

}  // namespace
}  // namespace agendad::cli
