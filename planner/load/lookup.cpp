#include "planner/load/lookup.hpp"

namespace agendad::planner::load {

Lookup::Lookup(const Programme& programme, const std::set<std::string>& refused)
    : programme_(programme), refused_(refused) {
  // emplace keeps the first of duplicated ids, which the duplicate check reports.
  for (const Meeting& m : programme.meetings) {
    meetings_.emplace(m.id, &m);
    by_committee_[m.committee].push_back(&m);
    if (!m.joint_with.empty()) by_committee_[m.joint_with].push_back(&m);
  }
  for (const Venue& v : programme.venues) venues_.emplace(v.id, &v);
  for (const Body& b : programme.bodies) bodies_.emplace(b.id, &b);
  for (const Committee& c : programme.committees) committees_.emplace(c.id, &c);
}

std::string Lookup::name_of(std::string_view id) const {
  if (const Committee* c = find(committees_, id)) return c->name;
  if (const Body* b = find(bodies_, id)) return b->name;
  return std::string(id);
}

const std::vector<const Meeting*>& Lookup::meetings_of(std::string_view committee) const {
  static const std::vector<const Meeting*> none;
  auto found = by_committee_.find(committee);
  return found == by_committee_.end() ? none : found->second;
}

}  // namespace agendad::planner::load
