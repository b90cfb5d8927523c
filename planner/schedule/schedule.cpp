#include "planner/schedule/schedule.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "planner/schedule/explain.hpp"
#include "planner/schedule/search.hpp"

namespace agendad::planner {

std::string_view to_string(SoftGoal goal) {
  switch (goal) {
    case SoftGoal::spacing: return "spacing";
    case SoftGoal::weekday: return "weekday";
    case SoftGoal::start: return "start";
    case SoftGoal::room: return "room";
    case SoftGoal::advisor_one_a_day: return "advisor_one_a_day";
    case SoftGoal::clear_days: return "clear_days";
  }
  return "spacing";
}

namespace {

Meeting proposed_meeting(const Problem& problem, const Slot& slot, Choice choice) {
  const BodyInfo& body = problem.bodies[static_cast<std::size_t>(slot.body)];
  Meeting meeting;
  meeting.committee = body.id;
  meeting.date = problem.grid.date(choice.day);
  meeting.id = body.id + "-" + iso(meeting.date);
  meeting.start = WallTime{choice.start / 60, choice.start % 60};
  meeting.duration_minutes = body.duration;
  meeting.end = add_minutes(*meeting.start, body.duration);
  meeting.venue = problem.rooms[static_cast<std::size_t>(choice.room)];
  meeting.kind = MeetingKind::ordinary;
  meeting.confirmed = false;
  meeting.proposed = true;
  return meeting;
}

// Keeps the fixed meetings of the year, and counts each scheduled body's meetings of the year (kept
// and to propose), by body.
std::map<int, int> keep_fixed(const Problem& problem, const Programme& programme, CalendarProposal& proposal) {
  std::map<int, int> of;
  for (const Slot& slot : problem.slots) ++of[slot.body];
  for (const Placement& fixed : problem.fixed) {
    if (fixed.day < problem.first_day || fixed.day > problem.last_day) continue;
    proposal.kept.push_back(fixed.meeting_id);
    if (problem.bodies[static_cast<std::size_t>(fixed.body)].scheduled) {
      const Meeting* meeting = programme.meeting(fixed.meeting_id);
      if (meeting && is_formal(*meeting) && meeting->kind != MeetingKind::extraordinary) ++of[fixed.body];
    }
  }
  return of;
}

// The programme with, for each committee that has no pattern, the one inferred from the municipal
// year before `year`, where one can be; every such committee is told in `unconfigured`.
std::optional<Programme> with_inferred_patterns(const Programme& programme, const MunicipalYear& year,
                                                std::vector<UnconfiguredPattern>& unconfigured) {
  std::optional<Programme> inferred;
  MunicipalYear previous = municipal_year_of(add_days(year.first, -1));
  for (std::size_t c = 0; c < programme.committees.size(); ++c) {
    const Committee& committee = programme.committees[c];
    if (committee.pattern) continue;
    UnconfiguredPattern told{committee.id, std::nullopt, "no pattern configured"};
    auto found = infer_pattern(committee, programme.meetings, previous);
    if (!found) {
      told.explanation += ", and none could be inferred: " + found.error() + "; none of its meetings is proposed";
      unconfigured.push_back(std::move(told));
      continue;
    }
    const Venue* venue = programme.venue(found->pattern.venue);
    told.explanation += "; " + describe(*found, venue ? venue->name : found->pattern.venue) +
                        ". Its dates are proposed from this inferred pattern; a pattern: in its configuration "
                        "would replace it";
    if (!inferred) inferred = programme;
    inferred->committees[c].pattern = found->pattern;
    told.inferred = std::move(*found);
    unconfigured.push_back(std::move(told));
  }
  return inferred;
}

}  // namespace

Result<CalendarProposal> propose_calendar(const Programme& programme, const PlanningCalendar& calendar,
                                          const MunicipalYear& year, std::optional<Date> as_of,
                                          const ScheduleOptions& options) {
  std::vector<UnconfiguredPattern> unconfigured;
  // The problem points into the programme it was compiled from: the copy lives as long as it.
  std::optional<Programme> inferred = with_inferred_patterns(programme, year, unconfigured);
  auto compiled = compile_problem(inferred ? *inferred : programme, calendar, year, as_of, options);
  if (!compiled) return tl::unexpected(compiled.error());
  const Problem& problem = *compiled;
  SearchResult found = search_calendar(problem);

  CalendarProposal proposal;
  proposal.year = year;
  proposal.proved_infeasible = found.proved_infeasible;
  proposal.cut_off = found.cut_off;
  proposal.checks = found.checks;
  proposal.unconfigured = std::move(unconfigured);
  proposal.notes = problem.notes;
  std::map<int, int> of = keep_fixed(problem, programme, proposal);

  Board board(problem);
  for (std::size_t s = 0; s < problem.slots.size(); ++s)
    if (found.choices[s]) board.place(static_cast<int>(s), *found.choices[s]);
  for (std::size_t s = 0; s < problem.slots.size(); ++s) {
    int slot = static_cast<int>(s);
    const Slot& info = problem.slots[s];
    int count = of[info.body];
    if (!found.choices[s]) {
      proposal.unplaced.push_back(explain_unplaced(problem, board, slot, count));
      continue;
    }
    Choice choice = *found.choices[s];
    board.remove(slot);  // explain each meeting against all the others
    ProposedMeeting proposed;
    proposed.meeting = proposed_meeting(problem, info, choice);
    proposed.number = info.number;
    proposed.of = count;
    proposed.ideal = problem.grid.date(info.ideal);
    proposed.cost = choice_cost(problem, board, slot, choice);
    proposed.reason = reason_for(problem, board, slot, choice);
    proposed.given_up = given_up_by(problem, board, slot, choice);
    proposal.cost += proposed.cost;
    proposal.proposed.push_back(std::move(proposed));
    board.place(slot, choice);
  }
  std::sort(proposal.proposed.begin(), proposal.proposed.end(), [](const auto& a, const auto& b) {
    return std::tie(a.meeting.date, a.meeting.start, a.meeting.committee) <
           std::tie(b.meeting.date, b.meeting.start, b.meeting.committee);
  });
  if (!proposal.unplaced.empty())
    proposal.notes.push_back(
        found.proved_infeasible
            ? "No calendar keeps every hard rule: the search tried every day, start and room for the meetings above."
            : "No calendar keeping every hard rule was found within the search bound of " +
                  std::to_string(options.exhaustive_checks) + " checks; the meetings above are left unplaced.");
  return proposal;
}

}  // namespace agendad::planner
