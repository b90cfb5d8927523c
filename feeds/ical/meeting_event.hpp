#pragma once
// What a calendar says about one meeting, worked out once from the programme so that the feed
// and the SEQUENCE fingerprint cannot disagree: its UID, name, place, status and wall-clock times.
#include <optional>
#include <string>

#include "planner/model/programme.hpp"

namespace agendad::ical {

struct MeetingEvent {
  std::string uid;       // "<meeting id>@agendad": from the id alone, so a moved meeting stays one event
  std::string summary;   // Improving Lives Select Commission workshop
  std::string location;  // venue name and address; empty when no venue is known
  std::string status;    // CONFIRMED, TENTATIVE (date not confirmed, or only proposed) or CANCELLED
  planner::Date start_date;
  std::optional<planner::WallTime> start;  // absent: an all-day event, the time not yet known
  planner::Date end_date;                  // all-day: exclusive, the day after
  std::optional<planner::WallTime> end;
};

// The start is the meeting's, else (formal meetings only) its committee's usual start; the end is the meeting's end,
// else its start plus its duration, the committee's, or CalendarSettings::default_duration_minutes.
MeetingEvent meeting_event(const planner::Programme& programme, const planner::Meeting& meeting);

// An item's title as a feed shows it: an exempt item's public title, unless this is the members'
// version.
const std::string& shown_title(const planner::Item& item, bool members);

// The agenda page of a meeting as an absolute address: feeds/pages/urls.hpp's path under base_url,
// so the feed links where the HTTP daemon serves it.
std::string agenda_url(std::string_view base_url, const planner::Meeting& meeting);

}  // namespace agendad::ical
