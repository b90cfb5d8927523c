#pragma once
// SEQUENCE, DTSTAMP and LAST-MODIFIED of each meeting, remembered across reloads and restarts, so
// that calendar clients (Google above all) take a change as a change. Every component made from a
// meeting shares its revision: its event, the publication and report deadlines of the deadlines
// feed, and the VTODOs of the actions resolved at it.
//
// A meeting's SEQUENCE rises by one whenever its fingerprint changes, and its time of last change
// becomes the time of that load. The fingerprint covers what RFC 5545 3.8.7.4 counts as significant
// in each of those components: the event's date, times, venue name and address and status; for a
// formal meeting, its publication and report deadlines as planner/rules/timetable.hpp dates them
// (so a new bank holiday, closure or rule that moves them counts); and the actions resolved at it
// (which there are, their due dates, whether done). Meetings that leave the configuration are
// kept, so one that comes back never goes back to a lower SEQUENCE.
//
// Upgrading: fingerprints made before the deadlines and actions were covered (the event alone)
// differ from every fingerprint made now, so the first load after the upgrade raises every
// SEQUENCE by one, once, and sets DTSTAMP to that load; the file's format is unchanged.
//
// A missing or corrupt state file is rebuilt with a warning (daemon/state/sequence_file.hpp). Since what clients have seen is then
// unknown, every SEQUENCE of the rebuilt state starts from a floor that only grows: the seconds
// since 2024-01-01T00:00:00Z at the rebuild (about 9.3e7 in 2027; within iCalendar's 32-bit
// INTEGER until 2092). Earlier sequences were at most the floor of their own rebuild plus one per
// change, so the new floor is above them unless meetings changed more than once a second since.
// The floor is kept in the file and also numbers meetings that appear later.
#include <chrono>
#include <cstdint>
#include <map>
#include <string>

#include "planner/model/diagnostic.hpp"
#include "planner/model/programme.hpp"
#include "planner/rules/planning_calendar.hpp"

namespace agendad::ical {

using Seconds = std::chrono::sys_seconds;

struct MeetingRevision {
  std::string fingerprint;  // 16 hex digits
  std::int64_t sequence = 0;
  Seconds changed{};  // the load at which the fingerprint last changed: DTSTAMP and LAST-MODIFIED
  auto operator<=>(const MeetingRevision&) const = default;
};

struct SequenceState {
  std::int64_t floor = 0;                           // the SEQUENCE of a meeting first seen; see above
  std::map<std::string, MeetingRevision> meetings;  // by meeting id
  bool operator==(const SequenceState&) const = default;
};

// FNV-1a of what a subscriber would notice moving in any of the meeting's components (see above).
// `calendar` is the one the deadlines feed is rendered with: its bank holidays move deadlines.
std::string fingerprint(const planner::Programme& programme, const planner::PlanningCalendar& calendar,
                        const planner::Meeting& meeting);

// Pure: the state after loading `programme` (with its planning calendar) at `now`.
SequenceState next_state(const SequenceState& previous, const planner::Programme& programme,
                         const planner::PlanningCalendar& calendar, Seconds now);

// The floor a rebuild at `now` starts from.
std::int64_t rebuild_floor(Seconds now);

// The file's text, and back; nullopt for anything malformed.
std::string serialise(const SequenceState& state);
std::optional<SequenceState> parse_sequence_state(std::string_view text);

}  // namespace agendad::ical
