#pragma once
// The planner's answer for a programme on a date: for each committee, the shortlist, the proposed
// meetings and the flags. Pure: the as-of date and the calendar are passed in.
//
// One plan, every view: planner/schedule/planned.hpp makes the one PlannedProgramme (this plan,
// and the programme with the extraordinary meetings it proposes) that every page, feed and
// command renders; none of them plans again.
#include <string>
#include <vector>

#include "planner/model/diagnostic.hpp"
#include "planner/rules/as_of.hpp"
#include "planner/rules/flags.hpp"

namespace agendad::planner {

struct CommitteePlan {
  std::string committee;
  std::vector<Outcome> shortlist;  // selected items in rank order, then the rest
  Proposals proposals;
  std::vector<Flag> flags;         // most urgent first
};

// The extraordinary meetings the planner proposes for deadlines no agreed meeting can meet.
struct ExtraordinaryProposals {
  std::vector<ExtraordinaryMeeting> meetings;  // by date
  std::vector<std::string> cannot;             // items no extraordinary meeting can take in time, and why
};

struct Plan {
  Date as_of;
  std::vector<CommitteePlan> committees;  // in configuration order
  ExtraordinaryProposals extraordinary;   // in the programme planned, and planned onto
  Diagnostics problems;                   // why no extraordinary meeting could be proposed, if so
};

// The plan of `programme`, onto its agreed meetings and the extraordinary ones given (which must
// be in the programme already, marked proposed). Its pointers are into `programme`.
Plan plan(const Programme& programme, const PlanningCalendar& calendar, Date as_of,
          const std::vector<ExtraordinaryMeeting>& extraordinary = {});

// The plan of one committee alone, its part the only one in Plan::committees: what a view of that
// committee needs (the agenda pack's work programme, planned as of the day before its meeting),
// without planning every other committee of the council too.
Plan plan_of_committee(const Programme& programme, const PlanningCalendar& calendar, const ProgrammeAsOf& view,
                       std::string_view committee);

// The programme as planned and the plan of it, the one value every view renders. The plan points
// into the programme, so the pair moves (a vector's elements stay put) but is never copied.
struct PlannedProgramme {
  Programme programme;  // as configured, with the extraordinary meetings proposed (marked proposed)
  Plan plan;

  PlannedProgramme() = default;
  PlannedProgramme(PlannedProgramme&&) = default;
  PlannedProgramme& operator=(PlannedProgramme&&) = default;
  PlannedProgramme(const PlannedProgramme&) = delete;
  PlannedProgramme& operator=(const PlannedProgramme&) = delete;
  ~PlannedProgramme() = default;
};

// The plan's part for one committee; nullptr when it has none.
const CommitteePlan* committee_plan(const Plan& plan, std::string_view committee);
// The same, found through the programme's index when the plan was made from it (a part for each
// of its committees, in its order), so that a renderer asking for every meeting does not scan
// every committee's part each time.
const CommitteePlan* committee_plan(const Plan& plan, const Programme& programme, std::string_view committee);

}  // namespace agendad::planner
