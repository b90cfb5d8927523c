#pragma once
// Everything a configuration directory makes: its YAML files, the programme they describe, and
// the planning calendar from the bank-holiday rule and the iCalendar files they name. `check`,
// the other commands and the daemon's every load go through this one function, so that `check`
// exit 0 means `serve` accepts the directory.
#include <string>
#include <vector>

#include "planner/load/load_programme.hpp"
#include "planner/model/date.hpp"
#include "planner/model/diagnostic.hpp"
#include "planner/model/programme.hpp"
#include "planner/rules/planning_calendar.hpp"
#include "planner/sources/papers.hpp"
#include "planner/sources/planning_calendar.hpp"

namespace agendad::planner::sources {

struct LoadedConfiguration {
  Programme programme;
  PlanningCalendar calendar;
  Diagnostics warnings;  // the YAML's and the imported calendars'
  PaperFiles papers;     // the agenda papers' PDFs, whose page counts the programme now holds
  // Each file's reading, in the directory's order (source_of gives its path and text, for the
  // configuration's fingerprint), for the next load to reuse where the file is unchanged.
  FileReadings readings;
};

// `as_of` (and `also`, the years a caller plans beyond the programme's) decide which years' bank
// holidays are computed; no clock is read here. `reading`: the last load's readings, whose files
// with the same path and text are not parsed again, and the threads that parse the rest (the
// result is the same either way).
Result<LoadedConfiguration> load_configuration(const std::string& dir, Date as_of, std::optional<YearSpan> also = {},
                                               const ReadingOptions& reading = {});

}  // namespace agendad::planner::sources
