#pragma once
// Proposes the calendar of meetings for a municipal year for every body with a meeting pattern
// (configured, or for a committee with none, inferred from its last municipal year), keeping the meetings already in the programme (and other bodies' meetings the calendar imports),
// and explains each date and each soft goal it gives up. Pure: the calendar of bank holidays and the
// as-of date come in as values.
//
// Hard rules (never broken where a calendar keeping them all exists): no meeting on a weekend, a
// bank holiday, a closure, in a month the body does not meet, or in a blackout for every kind of
// business (a pre-election period); none too soon to publish its agenda as of the as-of date; no
// two meetings in one room, and no member or governance advisor at two meetings, at overlapping
// times; one meeting a day per body; and a body that feeds another meets at least N working days
// before the next meeting of the body it feeds: no feeding meeting falls on a fed meeting's day or
// in the N working days before it, so whatever it resolves can reach that meeting.
// Soft goals (weighed by SoftWeights): the evenly spaced date; the preferred weekday, start and
// room; one meeting a day per advisor; no bank holiday among an agenda's clear working days.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "planner/model/programme.hpp"
#include "planner/schedule/infer_pattern.hpp"
#include "planner/schedule/municipal_year.hpp"
#include "planner/schedule/problem.hpp"

namespace agendad::planner {

enum class SoftGoal { spacing, weekday, start, room, advisor_one_a_day, clear_days };
std::string_view to_string(SoftGoal goal);

struct GivenUp {
  SoftGoal goal = SoftGoal::spacing;
  int cost = 0;
  std::string reason;  // "meets on Wednesday, not Tuesday"
};

struct ProposedMeeting {
  Meeting meeting;  // proposed = true, confirmed = false
  int number = 0;   // which of the body's meetings of the year
  int of = 0;
  Date ideal;       // the evenly spaced date it was aimed at
  int cost = 0;
  std::string reason;  // "30 September 2025 moved to 7 October 2025: Councillor X sits on Cabinet, ..."
  std::vector<GivenUp> given_up;
};

struct UnplacedMeeting {
  std::string committee;
  int number = 0;
  int of = 0;
  Date ideal;
  std::vector<std::string> rules;  // the hard rules that rule out every choice: "room", "member", ...
  std::string reason;
};

// A committee with no pattern configured: the pattern inferred for it, which its proposed meetings
// follow, or why none could be (then none of its meetings is proposed).
struct UnconfiguredPattern {
  std::string committee;
  std::optional<InferredPattern> inferred;
  std::string explanation;  // "no pattern configured; inferred from the 8 meetings of 2024/25 (...): ..."
};

struct CalendarProposal {
  MunicipalYear year;
  std::vector<ProposedMeeting> proposed;  // by date, start, committee
  std::vector<std::string> kept;          // ids of the meetings in the year already fixed (the programme's, and
                                          // other bodies' imported as body-date), kept as they are
  std::vector<UnplacedMeeting> unplaced;  // meetings no choice could hold without breaking a hard rule
  bool proved_infeasible = false;         // the exhaustive search showed no calendar keeps every rule
  bool cut_off = false;                   // the exhaustive search stopped at its bound
  long checks = 0;
  int cost = 0;                           // the soft cost of the proposals, all together
  std::vector<UnconfiguredPattern> unconfigured;  // in the programme's order of committees
  std::vector<std::string> notes;

  bool clash_free() const { return unplaced.empty(); }
};

Result<CalendarProposal> propose_calendar(const Programme& programme, const PlanningCalendar& calendar,
                                          const MunicipalYear& year, std::optional<Date> as_of = std::nullopt,
                                          const ScheduleOptions& options = {});

}  // namespace agendad::planner
