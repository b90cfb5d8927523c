#pragma once
// The iCalendar feeds agendad publishes: each committee's meetings, every committee's together,
// and each committee's deadlines for officers (agenda publication and report deadlines as all-day
// events, actions owed as VTODOs).
//
// The bytes: CRLF, folded at 75 octets never inside a UTF-8 sequence, no BOM, one compact
// Europe/London VTIMEZONE, events in date, time and id order, and SEQUENCE, DTSTAMP and
// LAST-MODIFIED from the SequenceState rather than the clock, so the same configuration and state
// give the same bytes (and ETag) on every replica and after every restart.
//
// Threads: these call libical, which keeps global state. Render every feed once, on one thread,
// when a configuration loads, and serve the immutable bytes; never call these per request.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "feeds/ical/sequence_state.hpp"
#include "planner/model/programme.hpp"
#include "planner/rules/plan.hpp"
#include "planner/rules/planning_calendar.hpp"

namespace agendad::ical {

struct FeedOptions {
  std::string base_url;       // links to agenda pages: <base_url>/agendas/<committee>/<date>.html
  bool members = false;       // members' version: exempt items under their full titles. Never public.
  int refresh_minutes = 360;  // REFRESH-INTERVAL and X-PUBLISHED-TTL
};

// From CalendarSettings: the public version unless `members`.
FeedOptions feed_options(const planner::Programme& programme, bool members = false);

// One committee's meetings, including joint meetings with it; an error for an unknown committee.
// Each event lists the business agreed and, apart from it, the plan's proposals for the meeting.
planner::Result<std::string> render_committee_feed(const planner::Programme& programme, const planner::Plan& plan,
                                                   std::string_view committee, const FeedOptions& options,
                                                   const SequenceState& state);

// Every committee's meetings in one calendar.
std::string render_all_committees_feed(const planner::Programme& programme, const planner::Plan& plan,
                                       const FeedOptions& options, const SequenceState& state);

// The same calendar assembled from its events' texts, so that the daemon makes again only the
// events of the committees whose pages it makes again (daemon/site/kept_pages.hpp): a meeting's
// event as every feed writes it (BEGIN:VEVENT to END:VEVENT), and what orders it among others.
struct EventText {
  planner::Date date;
  std::optional<planner::WallTime> start;
  std::string id;
  std::string text;
};
using EventTexts = std::vector<EventText>;

EventTexts event_texts(const planner::Programme& programme, const planner::Plan& plan,
                       const std::vector<const planner::Meeting*>& meetings, const FeedOptions& options,
                       const SequenceState& state);
// Every committee's calendar from the events of all its meetings, in any order.
std::string all_committees_feed(const planner::Programme& programme, std::vector<const EventText*> events,
                                const FeedOptions& options);

// For officers: the day each formal meeting's agenda must be published and its reports are due
// (working days from planner/rules, so bank holidays count), and the actions the committee is owed.
// They take the SEQUENCE and DTSTAMP of their meeting, whose fingerprint (sequence_state.hpp)
// covers these deadlines and actions too: the timetable here and there must stay the same.
planner::Result<std::string> render_deadlines_feed(const planner::Programme& programme, std::string_view committee,
                                                   const planner::PlanningCalendar& calendar,
                                                   const FeedOptions& options, const SequenceState& state);

}  // namespace agendad::ical
