#pragma once
// The pieces every agendad feed is built from with libical: the VCALENDAR with its headers and
// VTIMEZONE, wall-clock and all-day date properties, the revision properties, and serialisation.
// Internal to feeds/ical. One thread only (see feed.hpp).
#include <optional>
#include <string>

#include "feeds/ical/feed.hpp"
#include "planner/sources/libical_ptr.hpp"

namespace agendad::ical {

struct CalendarHeader {
  std::string name;         // NAME and X-WR-CALNAME
  std::string description;  // X-WR-CALDESC
};

planner::sources::ComponentPtr new_calendar(const CalendarHeader& header, const FeedOptions& options);

// DTSTART/DTEND/DUE: with TZID=Europe/London when there is a time, VALUE=DATE otherwise.
icalproperty* wall_clock_property(icalproperty_kind kind, planner::Date date, std::optional<planner::WallTime> time);

// SEQUENCE, DTSTAMP and LAST-MODIFIED of the meeting `meeting_id`. A meeting the state does not
// know (callers pass next_state's result, which knows them all) gets 0 and the Unix epoch.
void add_revision(icalcomponent* component, const SequenceState& state, const std::string& meeting_id);

// The error for a feed of a committee the programme does not have.
tl::unexpected<planner::Diagnostics> unknown_committee(std::string_view committee_id);

// The calendar's bytes, refolded by octets (content_lines.hpp).
std::string serialise(const planner::sources::ComponentPtr& calendar);

}  // namespace agendad::ical
