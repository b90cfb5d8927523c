#include "feeds/ical/meeting_event.hpp"

#include <algorithm>

#include "feeds/urls/paths.hpp"

namespace agendad::ical {

using planner::Committee, planner::Item, planner::Meeting, planner::MeetingKind, planner::MeetingStatus,
    planner::Programme, planner::Venue, planner::WallTime, planner::add_days;

namespace {

constexpr int minutes_per_day = 24 * 60;

std::string summary_of(const Programme& programme, const Meeting& meeting) {
  std::string name = programme.body_name(meeting.committee);
  switch (meeting.kind) {
    case MeetingKind::workshop:
      name += " workshop";
      break;
    case MeetingKind::extraordinary:
      name += " (extraordinary meeting)";
      break;
    case MeetingKind::joint:
      if (!meeting.joint_with.empty())
        name += " (joint meeting with the " + programme.body_name(meeting.joint_with) + ")";
      else
        name += " (joint meeting)";
      break;
    case MeetingKind::ordinary:
      break;
  }
  // Many clients show neither STATUS nor a strike-through: say it in the title as well.
  if (meeting.status == MeetingStatus::cancelled) return "Cancelled: " + name;
  if (meeting.proposed) return name + " (proposed)";
  if (!meeting.confirmed) return name + " (provisional)";
  return name;
}

std::string status_of(const Meeting& meeting) {
  if (meeting.status == MeetingStatus::cancelled) return "CANCELLED";
  return meeting.confirmed && !meeting.proposed ? "CONFIRMED" : "TENTATIVE";
}

}  // namespace

MeetingEvent meeting_event(const Programme& programme, const Meeting& meeting) {
  const Committee* committee = programme.committee(meeting.committee);
  MeetingEvent event;
  event.uid = meeting.id + "@agendad";
  event.summary = summary_of(programme, meeting);
  const std::string& venue_id = meeting.venue.empty() && committee ? committee->venue : meeting.venue;
  if (const Venue* venue = programme.venue(venue_id)) event.location = name_and_address(*venue);
  event.status = status_of(meeting);
  event.start_date = meeting.date;
  // Committee::start is the usual start of its formal meetings; a workshop keeps to its own.
  event.start = meeting.start ? meeting.start : committee && is_formal(meeting) ? committee->start : std::nullopt;
  if (!event.start) {
    event.end_date = add_days(meeting.date, 1);
    return event;
  }
  int end_minutes = 0;
  if (meeting.end && *meeting.end > *event.start) {
    end_minutes = meeting.end->minutes_since_midnight();
  } else {
    int duration = meeting.duration_minutes.value_or(committee && committee->duration_minutes
                                                         ? *committee->duration_minutes
                                                         : programme.council.calendar.default_duration_minutes);
    end_minutes = event.start->minutes_since_midnight() + std::max(duration, 1);
  }
  event.end_date = add_days(meeting.date, end_minutes / minutes_per_day);
  event.end = WallTime{(end_minutes % minutes_per_day) / 60, end_minutes % 60};
  return event;
}

const std::string& shown_title(const Item& item, bool members) { return members ? item.title : public_title(item); }

std::string agenda_url(std::string_view base_url, const Meeting& meeting) {
  return urls::absolute_url(base_url, urls::agenda_path(meeting.committee, meeting.date, urls::AgendaFormat::html));
}

}  // namespace agendad::ical
