#include "planner/schedule/schedule.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "planner/schedule/explain.hpp"
#include "planner/schedule/search.hpp"

namespace agendad {

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

}  // namespace

Result<CalendarProposal> propose_calendar(const Programme& programme, const PlanningCalendar& calendar,
                                          const MunicipalYear& year, std::optional<Date> as_of,
                                          const ScheduleOptions& options) {
  auto compiled = compile_problem(programme, calendar, year, as_of, options);
  if (!compiled) return tl::unexpected(compiled.error());
  const Problem& problem = *compiled;
  SearchResult found = search_calendar(problem);

  CalendarProposal proposal;
  proposal.year = year;
  proposal.proved_infeasible = found.proved_infeasible;
  proposal.cut_off = found.cut_off;
  proposal.checks = found.checks;
  proposal.notes = problem.notes;
  std::map<int, int> of;  // body -> meetings of its year, kept and proposed
  for (const Slot& slot : problem.slots) ++of[slot.body];
  for (const Placement& fixed : problem.fixed) {
    if (fixed.day < problem.first_day || fixed.day > problem.last_day) continue;
    proposal.kept.push_back(fixed.meeting_id);
    if (problem.bodies[static_cast<std::size_t>(fixed.body)].scheduled) {
      const Meeting* meeting = programme.meeting(fixed.meeting_id);
      if (meeting && is_formal(*meeting) && meeting->kind != MeetingKind::extraordinary) ++of[fixed.body];
    }
  }

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

}  // namespace agendad
