#pragma once
// What a clerk should look at, most urgent first: each flag a one-line reason, a severity and the
// meeting, item or action it is about.
#include <optional>
#include <string>
#include <vector>

#include "planner/rules/proposals.hpp"

namespace agendad::planner {

enum class FlagSeverity { critical, warning, info };

enum class FlagKind {
  deadline_missed,     // an item's due-before date has passed and it was not taken
  deadline_at_risk,    // no meeting left can take it before its deadline
  assumed_date,        // another body's meeting date was assumed (first of the month)
  awaiting_date,       // awaiting a date: whether a meeting can still take it
  joint_meeting_needed,
  cancelled_booking,   // booked on a cancelled meeting
  deferred_repeatedly,
  overloaded,
  empty_meeting,
  thin_meeting,
  report_overdue,      // report deadline passed without the report received
  publication_due,     // the agenda's publication date is at hand
  publication_passed,  // the agenda is past its publication date; only urgent business now
  action_overdue,
  action_owed,         // owed without a due date
  capacity_unapplied,  // capacity in minutes set, but items carry no durations
  page_count_missing,  // a meeting's booked papers without page counts, so no page ranges (one per meeting)
  pack_incomplete,     // publication at hand and papers not supplied: the pack has "Report to follow" pages
  no_future_meetings,  // nothing in the programme after the as-of date
  extraordinary_proposed,  // items placed on an extraordinary meeting the planner proposes: to be agreed
};

enum class LinkKind { meeting, item, action };

struct Flag {
  FlagSeverity severity = FlagSeverity::info;
  FlagKind kind = FlagKind::awaiting_date;
  std::string committee;
  std::string message;  // one line, a clerk's words; exempt items by their public title
  LinkKind link_kind = LinkKind::item;
  std::string link;     // the id of the meeting, item or action
  std::optional<Date> when;  // the date the flag turns on
  std::optional<Date> act_by;  // by when a clerk must act (the as-of date: now); none: no date
  friend bool operator==(const Flag&, const Flag&) = default;
};

std::string to_string(FlagSeverity severity);
std::string to_string(FlagKind kind);
std::string to_string(LinkKind kind);

// The committee's flags, most urgent first: by how soon action is needed (none last), then
// severity, then message.
std::vector<Flag> flags(const Programme& programme, const PlanningCalendar& calendar, const ProgrammeAsOf& view,
                        std::string_view committee, const Proposals& proposals);

}  // namespace agendad::planner
