#pragma once
// Reading other people's iCalendar files (the GOV.UK bank holidays, Cabinet's meetings) into
// dates and Europe/London wall-clock times, with libical.
//
// Decisions:
// - A TZID is resolved first against the file's own VTIMEZONEs, then as an Olson name against
//   libical's builtin zones (Europe/London, America/New_York, ...). A TZID that is neither is an
//   error naming the line when reading strictly, and Europe/London with a warning leniently.
// - A date-time with no TZID and no Z ("floating") is read as Europe/London wall clock.
// - RRULEs are expanded (EXDATEs removed, RECURRENCE-ID overrides replacing their instance) up to
//   1000 instances and not beyond 2100, at most 100000 events a file. Rules more frequent than
//   daily are not expanded (a warning): libical would step through centuries of seconds looking
//   for a match that never comes. RDATEs are not read, which a warning says.
// - libical's complaints (X-LIC-ERROR) about the properties dates are read from (DTSTART, DTEND,
//   DURATION, RRULE, EXDATE, anything in a VTIMEZONE) and broken structure refuse the file; about
//   other properties they are warnings. An event with no DTSTART is skipped with a warning.
//
// Threads: libical keeps global state; call these from one thread (agendad does so at load time).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "planner/model/date.hpp"
#include "planner/model/diagnostic.hpp"
#include "planner/model/wall_time.hpp"

namespace agendad::planner::sources {

// One event, or one instance of a recurring event, on the Europe/London wall clock.
struct ImportedEvent {
  std::string uid, summary, location, status;  // status upper case as written ("CONFIRMED"), may be empty
  Date start_date;
  std::optional<WallTime> start_time;  // absent for all-day events
  Date end_date;                       // all-day events: exclusive, as DTEND;VALUE=DATE is
  std::optional<WallTime> end_time;
  bool all_day = false;
};

struct ImportedCalendar {
  std::string source;                 // the file name, or the name given for a text
  std::vector<ImportedEvent> events;  // by start, then uid
  Diagnostics warnings;               // what was read around rather than refused
};

inline constexpr std::size_t max_calendar_bytes = 20 * 1024 * 1024;

// Strict: anything wrong with the dates refuses the file (for files we write ourselves and for
// tests of what is found where). Lenient, for other bodies' files: what is wrong with one event
// costs that event, with a located warning; an unknown TZID is read as Europe/London with a
// warning (as khal does); a file of bare VEVENTs with no VCALENDAR around them is read with a
// warning. Broken structure (a block never closed), text that is not UTF-8, and a file from which
// no event at all can be read are errors either way.
enum class Tolerance { strict, lenient };

Result<ImportedCalendar> import_calendar_text(std::string_view text, const std::string& source_name,
                                              Tolerance tolerance = Tolerance::strict);
// Only a regular file is read (planner/load/read_file.hpp).
Result<ImportedCalendar> import_calendar_file(const std::string& path, Tolerance tolerance = Tolerance::strict);

}  // namespace agendad::planner::sources
