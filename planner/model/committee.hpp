#pragma once
// A committee agendad plans for (a Select Commission, say), and the other bodies it deals with.
#include <optional>
#include <string>
#include <vector>

#include "planner/model/date.hpp"
#include "planner/model/source_location.hpp"
#include "planner/model/wall_time.hpp"

namespace agendad::planner {

enum class MemberRole { member, chair, vice_chair };

struct Member {
  std::string name;       // as the front sheet lists them: "T. Collingham"
  std::string full_name;  // where the papers give it: "Lyndsay Pitchley"
  MemberRole role = MemberRole::member;
  friend bool operator==(const Member&, const Member&) = default;
};

// A dated change of membership, as a paper records it. Where the papers give only a meeting the
// member attended (not the day they joined), the change is known only `by` that meeting's date:
// it applies from that date, and the agenda says the day itself is to be confirmed.
struct MembershipChange {
  Date date;
  bool day_known = true;          // on: the day of the change; false for by: on or before it
  std::vector<Member> join;       // appended to the membership, in the order given
  std::vector<std::string> leave;  // names as the membership has them
  std::string source;             // which paper says so
  SourceLocation where;
  friend bool operator==(const MembershipChange&, const MembershipChange&) = default;
};

// An item on every agenda, in a fixed place and with fixed wording. The text may hold
// {previous_meeting}, which the agenda fills with the date of the previous meeting.
struct StandingItem {
  std::string key;       // apologies, minutes, declarations, exclusion, questions, work_programme, ...
  std::string title;
  std::string text;
  std::string document;  // the pack document it introduces (minutes, work_programme), or empty
  friend bool operator==(const StandingItem&, const StandingItem&) = default;
};

// The shape of a committee's year, for proposing its calendar of meetings.
struct MeetingPattern {
  std::vector<std::chrono::weekday> weekdays;
  std::optional<WallTime> start;
  std::optional<int> meetings_per_year;
  std::optional<int> gap_weeks;
  std::vector<std::chrono::month> months_without_meetings;
  std::string venue;
  std::vector<std::string> feeds;  // bodies whose meetings this one must precede (Cabinet)
  std::optional<int> working_days_before_fed_body;
  friend bool operator==(const MeetingPattern&, const MeetingPattern&) = default;
};

struct Committee {
  std::string id;
  std::string name;        // Improving Lives Select Commission
  std::string short_name;  // ILSC
  std::string governance_advisor;
  std::string link_officer;
  std::vector<Member> members;  // in the order the front sheet lists them
  std::vector<MembershipChange> membership_changes;  // see membership_on
  std::optional<WallTime> start;  // the usual start of its formal meetings
  std::optional<int> duration_minutes;
  std::string venue;            // the usual venue's id
  bool webcast = false;
  std::string municipal_year;   // 2024/25
  std::string work_programme_title;
  std::vector<StandingItem> standing_before_business;
  std::vector<StandingItem> standing_after_business;
  std::optional<MeetingPattern> pattern;
  SourceLocation where;

  const Member* chair() const;
  const Member* vice_chair() const;
  friend bool operator==(const Committee&, const Committee&) = default;
};

// A body whose meetings matter to the plan but which agendad does not plan: Cabinet, a sibling
// commission. Its meetings come from an iCalendar file where one is configured.
struct Body {
  std::string id;
  std::string name;
  std::optional<NamedFile> calendar;  // iCalendar of its meetings
  SourceLocation where;
  friend bool operator==(const Body&, const Body&) = default;
};

}  // namespace agendad::planner
