#pragma once
// Proposed meetings for the selected items still awaiting a date, and for those that cannot be
// placed, why not. Planning builds values (which meeting, which meetings were passed over, which
// items were outranked on which key); explain() turns them into a chair's sentences when shown.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "planner/rules/deadline.hpp"
#include "planner/rules/shortlist.hpp"
#include "planner/rules/timetable.hpp"

namespace agendad::planner {

// One of the committee's meetings, as the plan sees it on the as-of date.
struct MeetingPlan {
  const Meeting* meeting = nullptr;
  Timetable dates;
  int booked = 0;                 // substantive items booked (or taken) there
  int booked_taking_no_place = 0;  // verbal updates and workshop sessions booked there
  std::optional<int> capacity;    // substantive items it can take; nullopt: no limit at all
  bool capacity_assumed = false;  // the configuration gives none: the most booked on one meeting
  int proposed = 0;               // items the planner proposes for it
  std::vector<const Blackout*> blackouts;  // the blackout windows its date falls in
  std::vector<std::size_t> booked_items;   // the substantive items booked there (Programme::items)
};

// A selected item that needs a date, as the planner weighed it.
struct Contender {
  std::size_t item = 0;       // index into Programme::items
  int rank = 0;
  Priority priority;
  std::optional<Deadline> deadline;
  bool deferred = false;
  std::string deferred_from;  // the meeting it was deferred from
  std::vector<int> upcoming;  // open meetings of the right sort, from its not-before date to its deadline
  std::vector<int> eligible;  // those that also meet its dates, blackouts and deferral
  int at = -1;                // the meeting proposed (index into Proposals::meetings), or -1
};

struct Proposal {
  std::size_t item = 0;       // index into Programme::items
  std::string meeting;        // meeting id
  std::size_t contender = 0;  // index into Proposals::contenders
};

// A selected item that no meeting left can take.
struct Unplaced {
  std::size_t item = 0;
  std::optional<Deadline> deadline;
  std::size_t contender = 0;
};

// A meeting the planner itself proposes for particular items: an extraordinary meeting for
// deadlines no agreed meeting can meet (planner/schedule/extraordinary). It is in the programme
// planned, marked proposed, and open to those items only: it exists for them, and other business
// waits for meetings the committee has agreed.
struct ExtraordinaryMeeting {
  Meeting meeting;                 // kind extraordinary; proposed, not confirmed
  std::vector<std::string> items;  // ids of the items it is for
  std::string reason;
};

struct Proposals {
  std::vector<MeetingPlan> meetings;   // the committee's meetings (and joint meetings), in date order
  std::vector<Contender> contenders;   // in rank order
  std::vector<Proposal> proposals;     // in meeting date order, then rank
  std::vector<Unplaced> unplaced;      // in rank order
  std::vector<PriorityKey> order;      // the council's rank keys
  // By meeting (as `meetings`), the contenders proposed for it and the contenders it is open to
  // (indices into `contenders`, in rank order): what explain() weighs for a meeting, without a
  // scan of every contender for each (which made flags quadratic in a committee's items).
  std::vector<std::vector<std::size_t>> proposed_at;
  std::vector<std::vector<std::size_t>> open_to;
};

// Places the selected items awaiting a date (or deferred) among the committee's meetings:
// capacity, not-before, due-before, joint meetings, blackouts, published agendas, cancelled
// meetings and workshops all respected; booked items stay where they are. Of the meetings the
// planner proposes, only those in `extraordinary` are planned onto, each for its own items.
Proposals propose(const Programme& programme, const PlanningCalendar& calendar, const ProgrammeAsOf& view,
                  std::string_view committee, const std::vector<Outcome>& ranked,
                  const std::vector<ExtraordinaryMeeting>& extraordinary = {});

// Sentences a chair could read out: why this meeting and why ahead of which items; for an item
// left unplaced, what holds the meetings open to it and what placing it would cost.
std::string explain(const Programme& programme, const Proposals& proposals, const Proposal& proposal);
std::string explain(const Programme& programme, const Proposals& proposals, const Unplaced& unplaced);

// explain() for the unplaced items of one plan, one after another: each meeting's items are named
// once, not once for every item they keep out.
class UnplacedReasons {
 public:
  UnplacedReasons(const Programme& programme, const Proposals& proposals);
  std::string operator()(const Unplaced& unplaced);
  void append(std::string& text, const Unplaced& unplaced);  // the same, written at the end of `text`

 private:
  struct Names {
    std::string date;
    std::vector<std::string> booked, proposed;  // as `plan.booked_items` and `proposed_at`
    bool named = false;
  };
  const Names& names_at(int meeting);
  void append_held(std::string& text, const Contender& c);

  const Programme& programme_;
  const Proposals& proposals_;
  std::vector<Names> names_;
};

}  // namespace agendad::planner
