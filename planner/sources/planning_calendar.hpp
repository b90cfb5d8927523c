#pragma once
// The planner's inputs from outside the YAML: the bank holidays (computed by rule for the years a
// plan looks at), the extra closure days and other bodies' meetings (Cabinet, for due-before
// rules) from the iCalendar files the configuration names. The planner itself never reads a
// file: this runs at load time, for `check` as for `serve`, and hands it plain dates.
#include <map>
#include <set>
#include <string>
#include <vector>

#include "planner/model/date.hpp"
#include "planner/model/diagnostic.hpp"
#include "planner/model/programme.hpp"
#include "planner/rules/planning_calendar.hpp"
#include "planner/sources/import.hpp"

namespace agendad::planner::sources {

struct YearSpan {
  int first = 0;
  int last = 0;  // included
};

// The years a plan of the programme as of `as_of` looks at: those of its meetings and of the
// as-of date, one before and three after, so that deadlines and proposed meetings beyond the last
// meeting still see their bank holidays.
YearSpan planning_years(const Programme& programme, Date as_of);
// The same, widened to take in `also` (the municipal year `schedule --year` plans).
YearSpan widened(YearSpan years, YearSpan also);

// Every day an event covers: all-day events from DTSTART up to their exclusive DTEND.
std::set<Date> days_covered(const std::vector<ImportedEvent>& events);
// The days on which a body meets, in order: cancelled events left out.
std::vector<Date> meeting_days(const std::vector<ImportedEvent>& events);

struct LoadedCalendar {
  PlanningCalendar calendar;
  Diagnostics warnings;  // what was read around in other bodies' files, located as errors are
};

// Reads every file the configuration names, leniently (planner/sources/import.hpp). Every
// problem is reported at the YAML key that names the file, quoting the file and its own line:
// "config/council.yaml:37:19: error: council.rules.closure_days: closed.ics:12: ...". Every file's
// errors, not just the first one's.
Result<LoadedCalendar> load_planning_calendar(const Programme& programme, YearSpan years);

}  // namespace agendad::planner::sources
