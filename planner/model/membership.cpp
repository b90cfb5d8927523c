#include "planner/model/membership.hpp"

#include <algorithm>

namespace agendad::planner {

std::vector<const MembershipChange*> changes_by(const Committee& committee, Date day) {
  std::vector<const MembershipChange*> changes;
  for (const MembershipChange& change : committee.membership_changes)
    if (change.date <= day) changes.push_back(&change);
  std::stable_sort(changes.begin(), changes.end(),
                   [](const MembershipChange* a, const MembershipChange* b) { return a->date < b->date; });
  return changes;
}

std::vector<Member> membership_on(const Committee& committee, Date day) {
  std::vector<Member> members = committee.members;
  for (const MembershipChange* change : changes_by(committee, day)) {
    for (const std::string& name : change->leave)
      std::erase_if(members, [&](const Member& m) { return m.name == name; });
    for (const Member& joiner : change->join) {
      // Joining again replaces the earlier entry rather than listing someone twice.
      std::erase_if(members, [&](const Member& m) { return m.name == joiner.name; });
      members.push_back(joiner);
    }
  }
  return members;
}

}  // namespace agendad::planner
