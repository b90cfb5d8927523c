#pragma once
// Proposed meetings for the selected items still awaiting a date, each with its reason, and for
// those that cannot be placed, why not.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "planner/rules/deadline.hpp"
#include "planner/rules/shortlist.hpp"
#include "planner/rules/timetable.hpp"

namespace agendad {

// One of the committee's meetings, as the plan sees it on the as-of date.
struct MeetingPlan {
  const Meeting* meeting = nullptr;
  Timetable dates;
  int booked = 0;                 // substantive items booked (or taken) there
  std::optional<int> capacity;    // substantive items it can take; nullopt: no limit configured
  int proposed = 0;               // items the planner proposes for it
  std::vector<const Blackout*> blackouts;  // the blackout windows its date falls in
};

struct Proposal {
  std::size_t item = 0;   // index into Programme::items
  std::string meeting;    // meeting id
  std::string reason;     // "29 October 2024 has room (2 of 3 booked); agenda due out by 21 October 2024"
};

// A selected item that no meeting left can take.
struct Unplaced {
  std::size_t item = 0;
  std::optional<Deadline> deadline;
  std::string reason;     // "the only meeting left, 22 April 2025, is full: 3 of 3"
};

struct Proposals {
  std::vector<MeetingPlan> meetings;  // the committee's meetings (and joint meetings), in date order
  std::vector<Proposal> proposals;    // in meeting date order, then rank
  std::vector<Unplaced> unplaced;     // in rank order
};

// Places the selected items awaiting a date (or deferred) among the committee's meetings:
// capacity, not-before, due-before, joint meetings, blackouts, published agendas, cancelled
// meetings and workshops all respected; booked items stay where they are.
Proposals propose(const Programme& programme, const PlanningCalendar& calendar, const Snapshot& view,
                  std::string_view committee, const std::vector<Outcome>& ranked);

}  // namespace agendad
