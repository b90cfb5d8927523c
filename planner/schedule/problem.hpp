#pragma once
// The scheduling problem compiled from a Programme: bodies, rooms and people as small integers,
// the meetings already fixed, and the slots still to place, so that the search does no string work.
#include <optional>
#include <string>
#include <vector>

#include "planner/model/programme.hpp"
#include "planner/schedule/day_grid.hpp"
#include "planner/schedule/municipal_year.hpp"
#include "planner/rules/planning_calendar.hpp"

namespace agendad::planner {

// How much each soft goal weighs: a day away from the evenly spaced date costs `spacing_per_day`,
// so a clerk's usual "same weekday, a week later" (7) beats "the next day, another weekday" (1 + 15).
struct SoftWeights {
  int spacing_per_day = 1;
  int other_weekday = 15;
  int other_start = 12;
  int other_room = 8;
  int advisor_twice_a_day = 6;
  int bank_holiday_in_clear_days = 5;
};

struct ScheduleOptions {
  // The starts the scheduler may try when the preferred one cannot be had.
  std::vector<WallTime> alternative_starts{{10, 0}, {14, 0}, {18, 0}};
  SoftWeights weights;
  // Bounds on the search, so that an impossible set of rules ends in a report and never a hang:
  // rounds of the greedy pass, and candidate checks in the exhaustive pass.
  int greedy_rounds = 12;
  long exhaustive_checks = 3'000'000;
};

struct BodyInfo {
  std::string id;
  std::string name;
  bool scheduled = false;          // has a pattern: the scheduler proposes its meetings
  std::vector<int> members;        // person indices, sorted
  int advisor = -1;                // person index
  int room = -1;                   // preferred room
  std::vector<bool> weekday_preferred = std::vector<bool>(7, true);  // by c_encoding
  std::vector<bool> month_off = std::vector<bool>(13, false);       // by month number
  int start = 0;                   // preferred start, minutes since midnight
  int duration = 0;                // minutes
  std::vector<int> feeds;          // bodies it must precede
  int feed_working_days = 0;
  std::vector<int> fed_by;         // bodies that must precede it
};

struct Placement {
  int body = -1;
  int day = -1;
  int start = 0;  // minutes since midnight
  int end = 0;
  int room = -1;  // -1: no room known (a fixed meeting without a venue)
  std::string meeting_id;  // fixed meetings: the programme's id (or the body and date, if imported)
};

struct Slot {
  int body = -1;
  int number = 0;  // 1-based among the body's meetings of the year
  int ideal = 0;   // the evenly spaced day
};

// Days the grid runs either side of the year (see Problem).
constexpr int grid_margin_days = 31;

struct Problem {
  const Programme* programme = nullptr;
  MunicipalYear year;
  DayGrid grid;
  ScheduleOptions options;
  // The grid runs a month either side of the year, so that meetings just outside it (Cabinet early
  // in May) still bind those inside; proposals fall between first_day and last_day.
  int first_day = 0;
  int last_day = 0;
  int earliest = 0;  // first day a proposal may fall on (the as-of date leaves time to publish)
  int clear_days = 5;
  std::vector<BodyInfo> bodies;
  std::vector<std::string> people;  // names
  std::vector<std::string> rooms;   // venue ids
  std::vector<int> starts;          // candidate starts, minutes since midnight
  std::vector<Placement> fixed;
  std::vector<Slot> slots;
  std::vector<std::vector<bool>> shares;  // bodies with a member or the advisor in common
  std::vector<bool> blackout;             // by day: a window in which no meeting is held
  std::vector<std::string> blackout_reason;
  std::vector<bool> clear_days_hit_holiday;  // by day: a bank holiday falls in its clear days
  std::vector<std::vector<bool>> available;  // by body, by day: what unavailable() says, cached
  std::vector<std::string> notes;

  // A day the body may meet on at all, whatever else is placed: a working day outside its months
  // off and the blackouts, and not too soon to publish. Empty when it may; else why not.
  std::string unavailable(int body, int day) const;
  bool may_meet(int body, int day) const;  // unavailable(body, day).empty(), without the words
  // The starts and rooms a body may meet at, its own first.
  std::vector<int> starts_for(int body) const;
  std::vector<int> rooms_for(int body) const;
  // The cost of a slot at a day, start and room, before other meetings are considered.
  int unary_cost(const Slot& slot, int day, int start, int room) const;
};

// The first day from first_day on a meeting's agenda can still be published for, as of that date.
int earliest_proposal_day(const Problem& problem, std::optional<Date> as_of);

// Compiles the problem, or the configuration errors that prevent it (a pattern without a start, a
// venue that does not exist, a body fed that is not configured). Meetings the calendar imports for
// other bodies (Cabinet) are kept as fixed, whole-day meetings of those bodies.
Result<Problem> compile_problem(const Programme& programme, const PlanningCalendar& calendar,
                                const MunicipalYear& year, std::optional<Date> as_of,
                                const ScheduleOptions& options);

}  // namespace agendad::planner
