#include "planner/rules/plan_parts.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <string>

namespace agendad::planner {

namespace {

void sort_unique(std::vector<std::size_t>& positions) {
  std::sort(positions.begin(), positions.end());
  positions.erase(std::unique(positions.begin(), positions.end()), positions.end());
}

// Each meeting's position, by id.
std::unordered_map<std::string_view, std::size_t> meeting_positions(const Programme& programme) {
  std::unordered_map<std::string_view, std::size_t> at;
  at.reserve(programme.meetings.size());
  for (std::size_t m = 0; m < programme.meetings.size(); ++m) at.emplace(programme.meetings[m].id, m);
  return at;
}

}  // namespace

CommitteeParts::CommitteeParts(const Programme& programme) {
  const auto positions = meeting_positions(programme);
  const auto meeting_at = [&](const std::string& id) -> std::optional<std::size_t> {
    if (id.empty()) return std::nullopt;
    const auto found = positions.find(id);
    return found == positions.end() ? std::nullopt : std::optional(found->second);
  };
  // The committees whose own meetings these are: the meeting's and the one it is joint with.
  const auto holders = [&](std::size_t m) {
    const Meeting& meeting = programme.meetings[m];
    return std::array<std::string_view, 2>{meeting.committee, meeting.joint_with};
  };
  for (std::size_t m = 0; m < programme.meetings.size(); ++m)
    for (const auto holder : holders(m))
      if (!holder.empty()) parts_[holder].meetings.push_back(m);
  for (std::size_t i = 0; i < programme.items.size(); ++i) {
    const Item& item = programme.items[i];
    parts_[item.committee].items.push_back(i);
    if (!item.constraints.joint_with.empty()) parts_[item.constraints.joint_with].items.push_back(i);
    for (const ItemState& state : item.history)
      if (const auto m = meeting_at(state.meeting))
        for (const auto holder : holders(*m))
          if (!holder.empty()) parts_[holder].items.push_back(i);
  }
  // Every meeting an item of a part names is in the part, whoever's it is: where an item stands on
  // a day can turn on the date of the meeting it was taken at (state_as_of).
  for (auto& [committee, part] : parts_) {
    sort_unique(part.items);
    for (const std::size_t i : part.items)
      for (const ItemState& state : programme.items[i].history)
        if (const auto m = meeting_at(state.meeting)) part.meetings.push_back(*m);
  }
  for (std::size_t a = 0; a < programme.actions.size(); ++a) {
    const Action& action = programme.actions[a];
    Part& own = parts_[action.committee];
    own.actions.push_back(a);
    if (const auto m = meeting_at(action.meeting)) {
      own.meetings.push_back(*m);
      for (const auto holder : holders(*m))
        if (!holder.empty()) parts_[holder].actions.push_back(a);
    }
  }
  for (auto& [committee, part] : parts_) {
    sort_unique(part.meetings);
    sort_unique(part.actions);
  }
}

const CommitteeParts::Part& CommitteeParts::of(std::string_view committee) const {
  static const Part none;
  const auto found = parts_.find(committee);
  return found == parts_.end() ? none : found->second;
}

bool same_council_part(const PlannedProgramme& a, const PlannedProgramme& b) {
  const Programme& x = a.programme;
  const Programme& y = b.programme;
  return a.plan.as_of == b.plan.as_of && x.council == y.council && x.venues == y.venues && x.bodies == y.bodies &&
         x.committees == y.committees;
}

namespace {

// Two plans' parts for one committee, each index and pointer compared by what it names.
class SamePlan {
 public:
  SamePlan(const Programme& a, const Programme& b) : a_(a), b_(b) {}

  bool operator()(const CommitteePlan& x, const CommitteePlan& y) const {
    return x.committee == y.committee && x.flags == y.flags && all(x.shortlist, y.shortlist, &SamePlan::outcome) &&
           proposals(x.proposals, y.proposals);
  }

 private:
  template <class T, class Same>
  bool all(const std::vector<T>& x, const std::vector<T>& y, Same same) const {
    return std::equal(x.begin(), x.end(), y.begin(), y.end(),
                      [&](const T& p, const T& q) { return (this->*same)(p, q); });
  }
  bool item(std::size_t x, std::size_t y) const {
    return x < a_.items.size() && y < b_.items.size() && a_.items[x] == b_.items[y];
  }
  static bool meeting(const Meeting* x, const Meeting* y) { return x == y || (x && y && *x == *y); }
  static bool blackout(const Blackout* const& x, const Blackout* const& y) {
    return x == y || (x && y && *x == *y);
  }
  bool outcome(const Outcome& x, const Outcome& y) const {
    return item(x.item, y.item) && x.selection == y.selection && x.score == y.score && x.rank == y.rank &&
           x.priority == y.priority && x.reason == y.reason;
  }
  bool meeting_plan(const MeetingPlan& x, const MeetingPlan& y) const {
    return meeting(x.meeting, y.meeting) && x.dates == y.dates && x.booked == y.booked &&
           x.booked_taking_no_place == y.booked_taking_no_place && x.capacity == y.capacity &&
           x.capacity_assumed == y.capacity_assumed && x.proposed == y.proposed &&
           std::equal(x.blackouts.begin(), x.blackouts.end(), y.blackouts.begin(), y.blackouts.end(), blackout) &&
           all(x.booked_items, y.booked_items, &SamePlan::item);
  }
  bool contender(const Contender& x, const Contender& y) const {
    return item(x.item, y.item) && x.rank == y.rank && x.priority == y.priority && x.deadline == y.deadline &&
           x.deferred == y.deferred && x.deferred_from == y.deferred_from && x.upcoming == y.upcoming &&
           x.eligible == y.eligible && x.at == y.at;
  }
  bool proposal(const Proposal& x, const Proposal& y) const {
    return item(x.item, y.item) && x.meeting == y.meeting && x.contender == y.contender;
  }
  bool unplaced(const Unplaced& x, const Unplaced& y) const {
    return item(x.item, y.item) && x.deadline == y.deadline && x.contender == y.contender;
  }
  bool proposals(const Proposals& x, const Proposals& y) const {
    return x.order == y.order && x.proposed_at == y.proposed_at && x.open_to == y.open_to &&
           all(x.meetings, y.meetings, &SamePlan::meeting_plan) && all(x.contenders, y.contenders, &SamePlan::contender) &&
           all(x.proposals, y.proposals, &SamePlan::proposal) && all(x.unplaced, y.unplaced, &SamePlan::unplaced);
  }

  const Programme& a_;
  const Programme& b_;
};

template <class T>
bool same_at(const std::vector<T>& x, const std::vector<std::size_t>& at_x, const std::vector<T>& y,
             const std::vector<std::size_t>& at_y) {
  return std::equal(at_x.begin(), at_x.end(), at_y.begin(), at_y.end(),
                    [&](std::size_t p, std::size_t q) { return x[p] == y[q]; });
}

}  // namespace

bool same_committee_part(const PlannedProgramme& a, const CommitteeParts& parts_of_a, const PlannedProgramme& b,
                         const CommitteeParts& parts_of_b, std::string_view committee) {
  const Programme& x = a.programme;
  const Programme& y = b.programme;
  const auto& part_x = parts_of_a.of(committee);
  const auto& part_y = parts_of_b.of(committee);
  if (!same_at(x.meetings, part_x.meetings, y.meetings, part_y.meetings) ||
      !same_at(x.items, part_x.items, y.items, part_y.items) ||
      !same_at(x.actions, part_x.actions, y.actions, part_y.actions))
    return false;
  // A meeting's agenda and calendar event list the plan of every committee holding it (a joint
  // meeting's, the other committee's proposals for it too).
  std::vector<std::string_view> planned_for{committee};
  for (const std::size_t m : part_y.meetings)
    for (const std::string_view holder : {std::string_view(y.meetings[m].committee), std::string_view(y.meetings[m].joint_with)})
      if (!holder.empty()) planned_for.push_back(holder);
  std::sort(planned_for.begin(), planned_for.end());
  planned_for.erase(std::unique(planned_for.begin(), planned_for.end()), planned_for.end());
  const SamePlan same_plan(x, y);
  return std::all_of(planned_for.begin(), planned_for.end(), [&](std::string_view holder) {
    const CommitteePlan* plan_x = committee_plan(a.plan, x, holder);
    const CommitteePlan* plan_y = committee_plan(b.plan, y, holder);
    if (!plan_x || !plan_y) return plan_x == plan_y;
    return same_plan(*plan_x, *plan_y);
  });
}

}  // namespace agendad::planner
