#pragma once
// What the subcommands share: how they report a wrong command line, print diagnostics, load the
// configuration directory and tell today's date, so that every command words these alike.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "daemon/cli/command.hpp"
#include "daemon/site/clock.hpp"
#include "daemon/site/snapshot.hpp"
#include "planner/load/load.hpp"
#include "planner/sources/configuration.hpp"
#include "planner/model/date.hpp"
#include "planner/model/diagnostic.hpp"
#include "planner/schedule/planned.hpp"

namespace agendad::cli {

// Prints "agendad COMMAND: MESSAGE" and then `usage` to stderr; returns 2, the exit status of a
// wrong command line.
int usage_error(std::string_view command, std::string_view usage, const std::string& message);

// One line per diagnostic, to stderr.
void print_diagnostics(const Diagnostics& diagnostics);

// Reads and loads the configuration directory and every file it names, as the daemon does; on
// errors prints them and returns nullopt (the command then exits 1). The warnings are the
// caller's to print or not. `as_of` and `also` decide which years' bank holidays are computed.
std::optional<sources::LoadedConfiguration> load_config_or_report(const std::string& dir, Date as_of,
                                                                  std::optional<sources::YearSpan> also = {});

// The one plan of a loaded configuration (planner/schedule/planned.hpp), as the daemon makes it:
// the programme it takes is moved into the value. What kept an extraordinary meeting from being
// proposed goes to stderr; the plan of the agreed meetings stands.
PlannedProgramme plan_and_report(sources::LoadedConfiguration& loaded, Date as_of);

using site::today_in_london;

// The value of the option at arguments[i], moving i onto it; nullopt when the option is last.
std::optional<std::string_view> option_value(Arguments arguments, std::size_t& i);

// "text" or "json" (true for json); nullopt for anything else.
std::optional<bool> parse_json_or_text(std::string_view value);

// The options `plan` and `schedule` share: --config DIR, --as-of DATE, --format text|json.
struct PlanningOptions {
  std::string config = "config";
  std::optional<Date> as_of;
  bool json = false;
};
bool is_planning_option(std::string_view option);
// Sets `option` (one of the above) to `value`; returns the message of a bad value, or nullopt.
std::optional<std::string> set_planning_option(PlanningOptions& options, std::string_view option, std::string_view value);

// The options `serve` and `export` share, read into what a build reads: --config DIR, --state DIR,
// --as-of DATE, --base-url URL (http:// or https://).
bool is_build_option(std::string_view option);
// Sets `option` (one of the above) to `value`; returns the message of a bad value, or nullopt.
std::optional<std::string> set_build_option(site::BuildInputs& inputs, std::string_view option, std::string_view value);

// The messages of the usual mistakes.
std::string needs_a_value(std::string_view option);
std::string unknown_option(std::string_view argument);
std::string unexpected_argument(std::string_view argument);  // an unknown option, or a stray word
std::string not_a_date(std::string_view value);
std::string unknown_format(std::string_view value, std::string_view expected);
std::string invalid_value(std::string_view option, std::string_view value, std::string_view expected);

}  // namespace agendad::cli
