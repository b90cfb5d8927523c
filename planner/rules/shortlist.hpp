#pragma once
// TOPIC shortlisting: the longlisting questions gate the longlist; the five TOPIC scores, on the
// scale and threshold the council sets, choose the shortlist; the shortlist is ranked.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "planner/model/programme.hpp"
#include "planner/rules/as_of.hpp"
#include "planner/rules/planning_calendar.hpp"
#include "planner/rules/priority.hpp"

namespace agendad::planner {

enum class Selection {
  not_longlisted,   // a longlisting question answered against it
  unanswered,       // longlisting questions not yet answered
  longlisted,       // awaiting TOPIC scores
  not_shortlisted,  // scored below the threshold, or scored outside the scale
  shortlisted,      // scored at or above the threshold
  on_programme,     // already on the work programme without TOPIC scores
};

struct Outcome {
  std::size_t item = 0;      // index into Programme::items
  Selection selection = Selection::unanswered;
  std::optional<int> score;  // the TOPIC total, where scored
  int rank = 0;              // 1 = first; 0 when not selected
  Priority priority;         // its rank key, where selected
  std::string reason;        // one sentence a clerk understands
};

std::string to_string(Selection selection);
bool selected(Selection selection);  // shortlisted or on the programme: the planner places it

// Every item of the committee known as of the view's date and not yet taken or withdrawn:
// the selected ones first in rank order (council.rules.priority: by default nearest deadline,
// then TOPIC total, then longest waiting, then the committee's agreed order), then the rest in
// configuration order.
std::vector<Outcome> shortlist(const Programme& programme, const PlanningCalendar& calendar,
                               const ProgrammeAsOf& view, std::string_view committee);

}  // namespace agendad::planner
