#pragma once
// Membership over time: the front sheet's list, then each dated change in date order.
#include <vector>

#include "planner/model/committee.hpp"

namespace agendad::planner {

// The changes that have happened by `day` (those dated on or before it), in date order; changes
// of the same date keep configuration order.
std::vector<const MembershipChange*> changes_by(const Committee& committee, Date day);

// The members on `day`: committee.members with changes_by(committee, day) applied. Joiners come
// after the members already listed; a leave naming no member is ignored (the loader refuses it).
std::vector<Member> membership_on(const Committee& committee, Date day);

}  // namespace agendad::planner
