#include "planner/rules/proposals.hpp"

#include <algorithm>

#include "planner/rules/earliest.hpp"
#include "planner/rules/matching.hpp"

namespace agendad::planner {
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

// The extraordinary meeting proposed as `meeting`, if the planner proposes one with that id.
const ExtraordinaryMeeting* extraordinary_meeting(const std::vector<ExtraordinaryMeeting>& extraordinary,
                                                  std::string_view meeting) {
  auto found = std::find_if(extraordinary.begin(), extraordinary.end(),
                            [&](const ExtraordinaryMeeting& e) { return e.meeting.id == meeting; });
  return found == extraordinary.end() ? nullptr : &*found;
}

// A proposed meeting takes only the items it was proposed for; an agreed one, any of the right sort.
bool open_to(const std::vector<ExtraordinaryMeeting>& extraordinary, const Meeting& meeting, const Item& item) {
  if (!meeting.proposed) return true;
  const ExtraordinaryMeeting* proposed = extraordinary_meeting(extraordinary, meeting.id);
  return proposed && std::find(proposed->items.begin(), proposed->items.end(), item.id) != proposed->items.end();
}

// The meetings from the first on or after `day`, by position in the date-ordered list.
std::size_t first_on_or_after(const std::vector<MeetingPlan>& meetings, Date day) {
  return static_cast<std::size_t>(
      std::partition_point(meetings.begin(), meetings.end(), [&](const MeetingPlan& p) { return p.meeting->date < day; }) -
      meetings.begin());
}

// Where an item may go: the candidates the matching chooses among.
struct Candidates {
  const std::vector<MeetingPlan>& meetings;
  const std::vector<ExtraordinaryMeeting>& extraordinary;
  std::size_t first_open = 0;
};

Contender contender(const Programme& programme, const PlanningCalendar& calendar, const Candidates& candidates,
                    Date as_of, const Outcome& outcome, const ItemState& state) {
  const std::vector<MeetingPlan>& meetings = candidates.meetings;
  const std::size_t first_open = candidates.first_open;
  const Item& item = programme.items[outcome.item];
  Contender c;
  c.item = outcome.item;
  c.rank = outcome.rank;
  c.priority = outcome.priority;
  c.deadline = resolve_deadline(programme, calendar, item);
  c.deferred = state.status == ItemStatus::deferred;
  if (c.deferred) c.deferred_from = state.meeting;
  const std::optional<Earliest> earliest = earliest_day(item);
  const std::size_t start = earliest ? std::max(first_open, first_on_or_after(meetings, earliest->day)) : first_open;
  for (std::size_t m = start; m < meetings.size(); ++m) {
    const MeetingPlan& plan = meetings[m];
    const Meeting& meeting = *plan.meeting;
    if (!open(plan, as_of) || !right_sort(item, meeting) || !open_to(candidates.extraordinary, meeting, item)) continue;
    if (c.deadline && meeting.date >= c.deadline->before) break;  // later ones are later still
    c.upcoming.push_back(static_cast<int>(m));
    if (c.deferred && meeting.id == c.deferred_from) continue;
    if (blacked_out(plan, item)) continue;
    c.eligible.push_back(static_cast<int>(m));
  }
  return c;
}

std::vector<MeetingPlan> meeting_plans(const Programme& programme, const PlanningCalendar& calendar, const ProgrammeAsOf& view,
                                       std::string_view committee, const std::vector<ExtraordinaryMeeting>& extraordinary) {
  const PlanningRules& rules = programme.council.rules;
  const WorkingCalendar working = working_calendar(calendar, rules);
  std::vector<MeetingPlan> meetings;
  // Its own meetings and its joint ones, from the index: scanning the council's for each
  // committee cost committees x meetings.
  for (const Meeting* held : programme.meetings_of(committee)) {
    const Meeting& meeting = *held;
    // A meeting proposed by anyone but this plan is not agreed: nothing is planned onto it.
    if (meeting.proposed && !extraordinary_meeting(extraordinary, meeting.id)) continue;
    MeetingPlan plan;
    plan.meeting = &meeting;
    plan.dates = timetable(working, rules, meeting);
    if (auto booked = view.booked.find(meeting.id); booked != view.booked.end()) {
      for (std::size_t i : booked->second) {
        if (is_substantive(programme.items[i]))
          plan.booked_items.push_back(i);
        else
          ++plan.booked_taking_no_place;
      }
    }
    plan.booked = static_cast<int>(plan.booked_items.size());
    if (meeting.capacity_items)
      plan.capacity = meeting.capacity_items;
    else if (meeting.kind != MeetingKind::workshop)
      plan.capacity = rules.capacity_items;
    meetings.push_back(std::move(plan));
  }
  // Where the configuration gives no capacity the papers' own busiest meeting is the assumption,
  // said as such wherever the figure is shown.
  if (!rules.capacity_items) {
    int most = 0;
    for (const MeetingPlan& plan : meetings)
      if (is_formal(*plan.meeting)) most = std::max(most, plan.booked);
    for (MeetingPlan& plan : meetings)  // a proposed meeting is sized for the items it is for
      if (most > 0 && plan.meeting->kind != MeetingKind::workshop && !plan.meeting->proposed &&
          !plan.meeting->capacity_items) {
        plan.capacity = most;
        plan.capacity_assumed = true;
      }
  }
  for (const Blackout& blackout : rules.blackouts)
    for (std::size_t m = first_on_or_after(meetings, blackout.from); m < meetings.size() && meetings[m].meeting->date <= blackout.to; ++m)
      meetings[m].blackouts.push_back(&blackout);
  return meetings;
}

void index_by_meeting(Proposals& result) {
  result.proposed_at.resize(result.meetings.size());
  result.open_to.resize(result.meetings.size());
  for (std::size_t k = 0; k < result.contenders.size(); ++k) {
    const Contender& c = result.contenders[k];
    if (c.at >= 0) result.proposed_at[static_cast<std::size_t>(c.at)].push_back(k);
    for (const int m : c.eligible) result.open_to[static_cast<std::size_t>(m)].push_back(k);
  }
}

}  // namespace

Proposals propose(const Programme& programme, const PlanningCalendar& calendar, const ProgrammeAsOf& view,
                  std::string_view committee, const std::vector<Outcome>& ranked,
                  const std::vector<ExtraordinaryMeeting>& extraordinary) {
  Proposals result;
  result.order = programme.council.rules.priority;
  result.meetings = meeting_plans(programme, calendar, view, committee, extraordinary);
  auto& meetings = result.meetings;
  // Meetings held before the as-of date can take nothing; skip them without looking.
  const Candidates candidates{meetings, extraordinary, first_on_or_after(meetings, view.as_of)};
  Choices choices;
  for (const MeetingPlan& plan : meetings)
    choices.capacity.push_back(plan.capacity ? std::max(0, *plan.capacity - plan.booked) : static_cast<int>(ranked.size()));
  for (const Outcome& outcome : ranked) {
    const auto& state = view.states[outcome.item];
    if (!selected(outcome.selection) || !needs_date(state->status)) continue;
    result.contenders.push_back(contender(programme, calendar, candidates, view.as_of, outcome, *state));
    const Contender& c = result.contenders.back();
    // Only a deadline some meeting can still meet counts towards the deadlines met.
    add_item(choices, c.eligible, c.deadline.has_value());
  }
  const std::vector<int> assignment = assign(choices);
  for (std::size_t k = 0; k < result.contenders.size(); ++k)
    if ((result.contenders[k].at = assignment[k]) >= 0) ++meetings[assignment[k]].proposed;
  // Contenders are in rank order; taking them meeting by meeting (meetings are in date order)
  // gives the proposals in date order, rank order within a meeting.
  std::vector<std::size_t> by_meeting(result.contenders.size());
  for (std::size_t k = 0; k < by_meeting.size(); ++k) by_meeting[k] = k;
  std::stable_sort(by_meeting.begin(), by_meeting.end(),
                   [&](std::size_t a, std::size_t b) { return assignment[a] < assignment[b]; });
  for (std::size_t k : by_meeting) {
    const Contender& c = result.contenders[k];
    if (c.at >= 0) result.proposals.push_back(Proposal{c.item, meetings[c.at].meeting->id, k});
  }
  for (std::size_t k = 0; k < result.contenders.size(); ++k)
    if (result.contenders[k].at < 0) result.unplaced.push_back(Unplaced{result.contenders[k].item, result.contenders[k].deadline, k});
  index_by_meeting(result);
  return result;
}

}  // namespace agendad::planner
