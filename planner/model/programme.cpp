#include "planner/model/programme.hpp"

namespace agendad::planner {

const Committee* Programme::committee(std::string_view id) const { return lookups.of(*this)->committee(id); }
const Venue* Programme::venue(std::string_view id) const { return lookups.of(*this)->venue(id); }
const Body* Programme::body(std::string_view id) const { return lookups.of(*this)->body(id); }
const Meeting* Programme::meeting(std::string_view id) const { return lookups.of(*this)->meeting(id); }
const Item* Programme::item(std::string_view id) const { return lookups.of(*this)->item(id); }

std::string Programme::body_name(std::string_view id) const {
  if (auto* c = committee(id)) return c->name;
  if (auto* b = body(id)) return b->name;
  return std::string(id);
}

std::vector<const Meeting*> Programme::meetings_of(std::string_view committee_id) const {
  return lookups.of(*this)->meetings_of(committee_id);
}

std::vector<const Item*> Programme::items_of(std::string_view committee_id) const {
  return lookups.of(*this)->items_of(committee_id);
}

std::vector<const Action*> Programme::actions_of(std::string_view committee_id) const {
  return lookups.of(*this)->actions_of(committee_id);
}

std::vector<const Item*> Programme::items_on(std::string_view meeting_id) const {
  return lookups.of(*this)->items_on(meeting_id);
}

}  // namespace agendad::planner
