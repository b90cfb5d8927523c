#include "planner/rules/proposals.hpp"

#include <algorithm>

#include "planner/rules/matching.hpp"
#include "planner/rules/wording.hpp"

namespace agendad {
namespace {

bool needs_date(ItemStatus status) {
  return status == ItemStatus::awaiting_date || status == ItemStatus::deferred ||
         status == ItemStatus::shortlisted || status == ItemStatus::proposed || status == ItemStatus::longlisted;
}

// Whether the meeting is of the sort the item can go to at all: a workshop for a workshop
// session, a joint meeting with the right body for a joint item, else (and for an item that is
// only possibly joint) an ordinary formal meeting of its committee.
bool right_sort(const Item& item, const Meeting& meeting) {
  if ((item.kind == ItemKind::workshop) != (meeting.kind == MeetingKind::workshop)) return false;
  if (!item.constraints.joint_with.empty()) {
    const bool joint = meeting.kind == MeetingKind::joint && (meeting.joint_with == item.constraints.joint_with ||
                                                              meeting.committee == item.constraints.joint_with);
    if (joint || needs_joint_meeting(item.constraints)) return joint;
  }
  return meeting.kind != MeetingKind::joint && meeting.committee == item.committee;
}

bool open(const MeetingPlan& plan, Date as_of) {
  return plan.meeting->status != MeetingStatus::cancelled && !publication_passed(plan.dates, as_of);
}

bool blacked_out(const MeetingPlan& plan, const Item& item) {
  // An item of unknown kind is kept out of every blackout: the window exists to be safe.
  return std::any_of(plan.blackouts.begin(), plan.blackouts.end(), [&](const Blackout* b) {
    return b->kinds.empty() || !item.kind || std::find(b->kinds.begin(), b->kinds.end(), *item.kind) != b->kinds.end();
  });
}

// The meetings from the first on or after `day`, by position in the date-ordered list.
std::size_t first_on_or_after(const std::vector<MeetingPlan>& meetings, Date day) {
  return static_cast<std::size_t>(
      std::partition_point(meetings.begin(), meetings.end(), [&](const MeetingPlan& p) { return p.meeting->date < day; }) -
      meetings.begin());
}

struct Candidate {
  std::size_t item;
  const ItemState* state;
  std::optional<Deadline> deadline;
  std::vector<int> upcoming;  // open meetings of the right sort, from its not-before date to its deadline
  std::vector<int> eligible;  // those that also meet its dates, blackouts and deferral
};

Candidate candidate(const Programme& programme, const PlanningCalendar& calendar, const std::vector<MeetingPlan>& meetings,
                    std::size_t first_open, Date as_of, std::size_t index, const ItemState& state) {
  const Item& item = programme.items[index];
  Candidate c{index, &state, resolve_deadline(programme, calendar, item), {}, {}};
  const std::optional<Date> not_before = item.constraints.not_before;
  const bool deferred = state.status == ItemStatus::deferred;
  const std::size_t start = not_before ? std::max(first_open, first_on_or_after(meetings, *not_before)) : first_open;
  for (std::size_t m = start; m < meetings.size(); ++m) {
    const MeetingPlan& plan = meetings[m];
    const Meeting& meeting = *plan.meeting;
    if (!open(plan, as_of) || !right_sort(item, meeting)) continue;
    c.upcoming.push_back(static_cast<int>(m));
    if (c.deadline && meeting.date >= c.deadline->before) break;  // later ones are later still
    if (deferred && meeting.id == state.meeting) continue;
    if (blacked_out(plan, item)) continue;
    c.eligible.push_back(static_cast<int>(m));
  }
  return c;
}

std::string fullness(const MeetingPlan& plan) {
  return std::to_string(plan.booked + plan.proposed) + " of " + std::to_string(plan.capacity.value_or(0));
}

std::string when(const MeetingPlan& plan) { return day_month_year(plan.meeting->date); }

std::string unplaced_reason(const Programme& programme, const std::vector<MeetingPlan>& meetings, const Candidate& c) {
  const Item& item = programme.items[c.item];
  if (c.upcoming.empty()) {
    if (needs_joint_meeting(item.constraints))
      return "it needs a joint meeting with " + the_body(programme, item.constraints.joint_with) +
             " and none is in the programme with its agenda still open";
    if (item.constraints.not_before)
      return "no meeting is left in the programme on or after " + day_month_year(*item.constraints.not_before) +
             " with its agenda still open";
    return "no meeting is left in the programme with its agenda still open";
  }
  if (c.eligible.empty()) {
    const MeetingPlan& next = meetings[c.upcoming.front()];
    if (c.deadline && next.meeting->date >= c.deadline->before)
      return "no meeting with its agenda still open is left before then";
    if (c.state->status == ItemStatus::deferred && c.upcoming.size() == 1 && next.meeting->id == c.state->meeting)
      return "no other meeting is left in the programme";
    return "no meeting left meets its dates" + std::string(programme.council.rules.blackouts.empty() ? "" : " and blackouts");
  }
  std::vector<const MeetingPlan*> full;
  for (int m : c.eligible)
    if (meetings[m].capacity && meetings[m].booked + meetings[m].proposed >= *meetings[m].capacity) full.push_back(&meetings[m]);
  if (full.size() == 1 && c.eligible.size() == 1)
    return "the only meeting left, " + when(*full[0]) + ", is full: " + fullness(*full[0]);
  std::string list;
  for (std::size_t k = 0; k < full.size(); ++k)
    list += (k ? (k + 1 == full.size() ? " and " : ", ") : "") + when(*full[k]) + " (" + fullness(*full[k]) + ")";
  // The matching is maximal, so an item left over means every meeting open to it is full.
  return "all " + std::to_string(full.size()) + " meetings left are full: " + list;
}

std::string proposal_reason(const MeetingPlan& plan, const Candidate& c) {
  std::string reason = when(plan);
  reason += plan.capacity ? " has room (" + std::to_string(plan.booked) + " of " + std::to_string(*plan.capacity) + " booked)"
                          : " has no limit on items set";
  reason += "; its agenda is due out by " + day_month_year(plan.dates.publication);
  if (c.deadline) reason += "; in time for " + c.deadline->what;
  return reason;
}

}  // namespace

Proposals propose(const Programme& programme, const PlanningCalendar& calendar, const Snapshot& view,
                  std::string_view committee, const std::vector<Outcome>& ranked) {
  const Date as_of = view.as_of;
  const PlanningRules& rules = programme.council.rules;
  const WorkingCalendar working = working_calendar(calendar, rules);
  Proposals result;
  for (const Meeting& meeting : programme.meetings) {
    if (meeting.committee != committee && meeting.joint_with != committee) continue;
    // A meeting the scheduler proposes is not yet agreed: nothing is planned onto it, and the
    // deadlines it would rescue stay flagged until the committee agrees it.
    if (meeting.proposed) continue;
    MeetingPlan plan{&meeting, timetable(working, rules, meeting), 0, std::nullopt, 0, {}};
    if (auto booked = view.booked.find(meeting.id); booked != view.booked.end())
      for (std::size_t i : booked->second) plan.booked += is_substantive(programme.items[i]);
    if (meeting.kind != MeetingKind::workshop) plan.capacity = rules.capacity_items;
    result.meetings.push_back(plan);
  }
  auto& meetings = result.meetings;
  for (const Blackout& blackout : rules.blackouts)
    for (std::size_t m = first_on_or_after(meetings, blackout.from); m < meetings.size() && meetings[m].meeting->date <= blackout.to; ++m)
      meetings[m].blackouts.push_back(&blackout);
  // Meetings held before the as-of date can take nothing; skip them without looking.
  const std::size_t first_open = first_on_or_after(meetings, as_of);

  std::vector<Candidate> candidates;
  Choices choices;
  for (const MeetingPlan& plan : meetings)
    choices.capacity.push_back(plan.capacity ? std::max(0, *plan.capacity - plan.booked) : static_cast<int>(ranked.size()));
  for (const Outcome& outcome : ranked) {
    const auto& state = view.states[outcome.item];
    if (!selected(outcome.selection) || !needs_date(state->status)) continue;
    candidates.push_back(candidate(programme, calendar, meetings, first_open, as_of, outcome.item, *state));
    add_item(choices, candidates.back().eligible);
  }
  const std::vector<int> assignment = assign(choices);
  for (std::size_t k = 0; k < candidates.size(); ++k)
    if (assignment[k] >= 0) ++meetings[assignment[k]].proposed;
  // Candidates are in rank order; taking them meeting by meeting (meetings are in date order)
  // gives the proposals in date order, rank order within a meeting.
  std::vector<std::size_t> by_meeting(candidates.size());
  for (std::size_t k = 0; k < by_meeting.size(); ++k) by_meeting[k] = k;
  std::stable_sort(by_meeting.begin(), by_meeting.end(),
                   [&](std::size_t a, std::size_t b) { return assignment[a] < assignment[b]; });
  for (std::size_t k : by_meeting) {
    const Candidate& c = candidates[k];
    if (assignment[k] >= 0) {
      const MeetingPlan& plan = meetings[assignment[k]];
      result.proposals.push_back(Proposal{c.item, plan.meeting->id, proposal_reason(plan, c)});
    } else {
      result.unplaced.push_back(Unplaced{c.item, c.deadline, unplaced_reason(programme, meetings, c)});
    }
  }
  return result;
}

}  // namespace agendad
