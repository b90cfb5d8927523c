#include "feeds/ical/feed.hpp"

#include <algorithm>

#include "feeds/ical/calendar_builder.hpp"
#include "feeds/ical/meeting_event.hpp"
#include "feeds/drafts/agenda_draft.hpp"

namespace agendad::ical {

using planner::CalendarSettings, planner::Committee, planner::Meeting, planner::MeetingStatus, planner::Move,
    planner::Plan, planner::Programme, planner::Result, planner::long_date, planner::sources::ComponentPtr;

namespace {

// The order of a feed's events, a meeting's or its event's text: by date, start and id.
constexpr auto in_feed_order = [](const auto* a, const auto* b) {
  return std::tie(a->date, a->start, a->id) < std::tie(b->date, b->start, b->id);
};

// The agenda as it stands, numbered and titled as its agenda page numbers it (exempt items by their
// public title unless this is the members' version), then the planner's proposals as the page
// lists them. Page ranges are left to the page itself: a calendar entry lists the business, not
// the pack.
std::string agenda_text(const drafts::AgendaDraft& draft) {
  std::string text;
  if (draft.entries.empty()) {
    text += "Agenda: not yet known.\n";
  } else {
    text += "Agenda:\n";
    for (const drafts::AgendaEntry& entry : draft.entries) text += std::to_string(entry.number) + ". " + entry.title + "\n";
  }
  if (!draft.proposals.empty()) {
    text += "\nProposed by the planner (not yet agreed):\n";
    for (const drafts::AgendaEntry& entry : draft.proposals) text += "- " + entry.title + " (proposed)\n";
  }
  return text;
}

// The papers give no time or place for most meetings: the event carries the committee's usual
// ones, so that it sits in the right part of a subscriber's day, and says that they are assumed.
std::string assumptions(const Meeting& meeting) {
  if (meeting.start_assumed && meeting.venue_assumed)
    return "Time and venue to be confirmed: the committee's usual start and place are shown.\n\n";
  if (meeting.start_assumed) return "Time to be confirmed: the committee's usual start is shown.\n\n";
  if (meeting.venue_assumed)
    return meeting.start ? "Venue to be confirmed: the committee's usual place is shown.\n\n"
                         : "Time to be confirmed. Venue to be confirmed: the committee's usual place is shown.\n\n";
  if (!meeting.start) return "Time to be confirmed.\n\n";
  return "";
}

std::string description(const Programme& programme, const Plan& plan, const Meeting& meeting, const FeedOptions& options) {
  std::string text;
  if (meeting.status == MeetingStatus::cancelled)
    text += "This meeting is cancelled" + (meeting.status_reason.empty() ? "." : ": " + meeting.status_reason + ".") +
            "\n\n";
  if (meeting.status == MeetingStatus::moved && !meeting.moves.empty()) {
    const Move& move = meeting.moves.back();
    text += "Moved from " + long_date(move.from_date) + (move.reason.empty() ? "." : ": " + move.reason + ".") + "\n\n";
  }
  if (meeting.proposed)
    text += "Proposed by the planner: not yet agreed.\n\n";
  else if (!meeting.confirmed)
    text += "Provisional: the date is still to be confirmed.\n\n";
  text += assumptions(meeting);
  if (!meeting.format.empty()) text += "Format: " + meeting.format + ".\n\n";
  text += agenda_text(drafts::draft_agenda(programme, plan, meeting, options.members));
  if (!options.base_url.empty()) text += "\nAgenda page: " + agenda_url(options.base_url, meeting);
  return text;
}

icalcomponent* meeting_vevent(const Programme& programme, const Plan& plan, const Meeting& meeting,
                              const FeedOptions& options, const SequenceState& state) {
  MeetingEvent event = meeting_event(programme, meeting);
  icalcomponent* vevent = icalcomponent_new(ICAL_VEVENT_COMPONENT);
  icalcomponent_add_property(vevent, icalproperty_new_uid(event.uid.c_str()));
  add_revision(vevent, state, meeting.id);
  icalcomponent_add_property(vevent, wall_clock_property(ICAL_DTSTART_PROPERTY, event.start_date, event.start));
  icalcomponent_add_property(vevent, wall_clock_property(ICAL_DTEND_PROPERTY, event.end_date, event.end));
  icalcomponent_add_property(vevent, icalproperty_new_summary(event.summary.c_str()));
  if (!event.location.empty()) icalcomponent_add_property(vevent, icalproperty_new_location(event.location.c_str()));
  icalcomponent_add_property(vevent, icalproperty_new_description(description(programme, plan, meeting, options).c_str()));
  if (!options.base_url.empty())  // a URL must be absolute (RFC 5545 3.8.4.6): none where the address is unknown
    icalcomponent_add_property(vevent, icalproperty_new_url(agenda_url(options.base_url, meeting).c_str()));
  icalcomponent_add_property(vevent, icalproperty_new_status(icalproperty_string_to_status(event.status.c_str())));
  icalcomponent_add_property(vevent, icalproperty_new_transp(ICAL_TRANSP_OPAQUE));
  return vevent;
}

ComponentPtr vevent_of(const Programme& programme, const Plan& plan, const Meeting& meeting, const FeedOptions& options,
                       const SequenceState& state) {
  return ComponentPtr(meeting_vevent(programme, plan, meeting, options, state));
}

std::string render_meetings(const Programme& programme, const Plan& plan, std::vector<const Meeting*> meetings,
                            const CalendarHeader& header, const FeedOptions& options, const SequenceState& state) {
  std::sort(meetings.begin(), meetings.end(), in_feed_order);
  ComponentPtr calendar = new_calendar(header, options);
  for (const Meeting* meeting : meetings)
    icalcomponent_add_component(calendar.get(), meeting_vevent(programme, plan, *meeting, options, state));
  return serialise(calendar);
}

std::string members_mark(const FeedOptions& options) { return options.members ? " (members' version)" : ""; }

CalendarHeader all_committees_header(const Programme& programme, const FeedOptions& options) {
  return {programme.council.name + ": committee meetings" + members_mark(options),
          "Meetings of the committees of " + programme.council.name};
}

}  // namespace

FeedOptions feed_options(const Programme& programme, bool members) {
  const CalendarSettings& settings = programme.council.calendar;
  return FeedOptions{settings.base_url, members, settings.refresh_minutes};
}

Result<std::string> render_committee_feed(const Programme& programme, const Plan& plan, std::string_view committee_id,
                                          const FeedOptions& options, const SequenceState& state) {
  const Committee* committee = programme.committee(committee_id);
  if (!committee) return unknown_committee(committee_id);
  CalendarHeader header{committee->name + members_mark(options),
                        "Meetings of the " + committee->name + ", " + programme.council.name};
  return render_meetings(programme, plan, programme.meetings_of(committee_id), header, options, state);
}

EventTexts event_texts(const Programme& programme, const Plan& plan, const std::vector<const Meeting*>& meetings,
                       const FeedOptions& options, const SequenceState& state) {
  EventTexts texts;
  texts.reserve(meetings.size());
  for (const Meeting* meeting : meetings)
    texts.push_back({meeting->date, meeting->start, meeting->id, serialise(vevent_of(programme, plan, *meeting, options, state))});
  return texts;
}

std::string all_committees_feed(const Programme& programme, std::vector<const EventText*> events,
                                const FeedOptions& options) {
  std::sort(events.begin(), events.end(), in_feed_order);
  // A calendar's text is its own lines, then each component's as it alone is written (content
  // lines are folded and escaped one by one), then its end: the events go in before the end.
  std::string feed = serialise(new_calendar(all_committees_header(programme, options), options));
  constexpr std::string_view end = "END:VCALENDAR\r\n";
  const std::size_t at = feed.size() - end.size();
  std::size_t size = feed.size();
  for (const EventText* event : events) size += event->text.size();
  std::string assembled;
  assembled.reserve(size);
  assembled.append(feed, 0, at);
  for (const EventText* event : events) assembled += event->text;
  assembled.append(end);
  return assembled;
}

std::string render_all_committees_feed(const Programme& programme, const Plan& plan, const FeedOptions& options,
                                       const SequenceState& state) {
  std::vector<const Meeting*> meetings;
  for (const Meeting& meeting : programme.meetings) meetings.push_back(&meeting);
  const EventTexts texts = event_texts(programme, plan, meetings, options, state);
  std::vector<const EventText*> events;
  for (const EventText& text : texts) events.push_back(&text);
  return all_committees_feed(programme, std::move(events), options);
}

}  // namespace agendad::ical
