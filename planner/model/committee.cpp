#include "planner/model/committee.hpp"

#include <algorithm>

namespace agendad::planner {
namespace {
const Member* find_role(const std::vector<Member>& members, MemberRole role) {
  auto found = std::find_if(members.begin(), members.end(), [role](const Member& m) { return m.role == role; });
  return found == members.end() ? nullptr : &*found;
}
}  // namespace

const Member* Committee::chair() const { return find_role(members, MemberRole::chair); }
const Member* Committee::vice_chair() const { return find_role(members, MemberRole::vice_chair); }

}  // namespace agendad::planner
