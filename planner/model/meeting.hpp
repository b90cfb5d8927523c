#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "planner/model/date.hpp"
#include "planner/model/named.hpp"
#include "planner/model/source_location.hpp"
#include "planner/model/wall_time.hpp"

namespace agendad::planner {

enum class MeetingKind { ordinary, extraordinary, workshop, joint };
enum class MeetingStatus { scheduled, cancelled, moved };

// One change of date or time, oldest first in Meeting::moves.
struct Move {
  Date from_date;
  std::optional<WallTime> from_start;
  std::string reason;
  std::string requested_by;
  friend bool operator==(const Move&, const Move&) = default;
};

// Who attended, as the meeting's minutes record it. Names are as the committee's membership has
// them; a substitute need not be a member and stands in for one who is.
struct Substitute {
  std::string name;
  std::string for_member;
  friend bool operator==(const Substitute&, const Substitute&) = default;
};

struct Attendance {
  std::vector<std::string> present;  // in the minutes' order, the chair among them
  std::string chair;                 // who chaired; empty when the minutes do not say
  std::vector<std::string> apologies;
  std::vector<Substitute> substitutes;
  std::string source;  // which paper says so
  friend bool operator==(const Attendance&, const Attendance&) = default;
};

struct Meeting {
  std::string id;  // stable for the meeting's life: calendars derive their UID from it
  std::string committee;
  Date date;
  std::optional<WallTime> start;  // absent: time not yet known
  // The papers do not give this meeting's start or venue: the committee's usual ones stand in, and
  // every view says "to be confirmed" beside them (set by the loader).
  bool start_assumed = false;
  bool venue_assumed = false;
  std::optional<WallTime> end;
  std::optional<int> duration_minutes;
  // Substantive items this meeting can take, where it differs from the council's capacity_items
  // (a meeting given over to one review, a longer budget meeting).
  std::optional<int> capacity_items;
  std::string venue;
  MeetingKind kind = MeetingKind::ordinary;
  std::string joint_with;  // committee or body id, for joint meetings
  std::string format;      // as the papers put it: "hybrid"
  MeetingStatus status = MeetingStatus::scheduled;
  std::string status_reason;
  bool confirmed = true;   // false: the date is pencilled in (TENTATIVE in feeds)
  bool proposed = false;   // proposed by the planner, not decided by anyone
  std::vector<Move> moves;
  std::optional<bool> webcast;  // absent: as the committee does
  std::map<std::string, int> document_pages;  // front_sheet, minutes, work_programme
  std::map<std::string, std::vector<NamedFile>> document_papers;  // minutes: the PDF files, in order
  std::optional<int> first_minute;
  std::optional<int> last_minute;
  std::optional<Attendance> attendance;  // once the minutes record it
  SourceLocation where;
  // The council published status_reason and the moves' reasons and requesters: only then may
  // public pages show them; an officer's words are private by default.
  bool notes_public = false;
  friend bool operator==(const Meeting&, const Meeting&) = default;
};

// The configuration's words for each kind and status (named.hpp).
std::span<const Named<MeetingKind>> meeting_kind_names();
std::span<const Named<MeetingStatus>> meeting_status_names();
std::string to_string(MeetingKind kind);
std::string to_string(MeetingStatus status);
bool is_formal(const Meeting& meeting);  // a committee meeting, not a workshop

// What a reader is told beside an assumed start or venue.
inline constexpr const char* to_be_confirmed = " (to be confirmed)";

}  // namespace agendad::planner
