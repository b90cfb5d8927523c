#pragma once
// What the subcommands share: how they declare and read their command lines, print diagnostics,
// load the configuration directory and tell today's date, so that every command does these alike.
#include <optional>
#include <string>

#include "daemon/cli/command.hpp"
#include "daemon/cli/command_line.hpp"
#include "daemon/cli/mistakes.hpp"
#include "daemon/cli/option_values.hpp"
#include "daemon/site/clock.hpp"
#include "planner/load/load_programme.hpp"
#include "planner/model/date.hpp"
#include "planner/model/diagnostic.hpp"
#include "planner/schedule/planned.hpp"
#include "planner/sources/configuration.hpp"

namespace agendad::cli {

// One line per diagnostic, to stderr.
void print_diagnostics(const planner::Diagnostics& diagnostics);

// Reads and loads the configuration directory and every file it names, as the daemon does; on
// errors prints them and returns nullopt (the command then exits 1). The warnings are the
// caller's to print or not. `as_of` and `also` decide which years' bank holidays are computed.
std::optional<planner::sources::LoadedConfiguration> load_config_or_report(
    const std::string& dir, planner::Date as_of, std::optional<planner::sources::YearSpan> also = {});

// The one plan of a loaded configuration (planner/schedule/planned.hpp), as the daemon makes it:
// the programme it takes is moved into the value. What kept an extraordinary meeting from being
// proposed goes to stderr; the plan of the agreed meetings stands.
planner::PlannedProgramme plan_and_report(planner::sources::LoadedConfiguration& loaded, planner::Date as_of);

using site::today_in_london;

}  // namespace agendad::cli
