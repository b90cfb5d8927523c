#include "planner/model/programme.hpp"

#include <algorithm>

namespace agendad {
namespace {
template <typename T>
const T* by_id(const std::vector<T>& values, std::string_view id) {
  auto found = std::find_if(values.begin(), values.end(), [id](const T& v) { return v.id == id; });
  return found == values.end() ? nullptr : &*found;
}
}  // namespace

const Committee* Programme::committee(std::string_view id) const { return by_id(committees, id); }
const Venue* Programme::venue(std::string_view id) const { return by_id(venues, id); }
const Body* Programme::body(std::string_view id) const { return by_id(bodies, id); }
const Meeting* Programme::meeting(std::string_view id) const { return by_id(meetings, id); }
const Item* Programme::item(std::string_view id) const { return by_id(items, id); }

std::string Programme::body_name(std::string_view id) const {
  if (auto* c = committee(id)) return c->name;
  if (auto* b = body(id)) return b->name;
  return std::string(id);
}

std::vector<const Meeting*> Programme::meetings_of(std::string_view committee_id) const {
  std::vector<const Meeting*> found;
  for (const Meeting& m : meetings)
    if (m.committee == committee_id || m.joint_with == committee_id) found.push_back(&m);
  return found;
}

std::vector<const Item*> Programme::items_of(std::string_view committee_id) const {
  std::vector<const Item*> found;
  for (const Item& i : items)
    if (i.committee == committee_id) found.push_back(&i);
  return found;
}

std::vector<const Item*> Programme::items_on(std::string_view meeting_id) const {
  std::vector<const Item*> found;
  for (const Item& i : items) {
    const ItemState& now = i.current();
    if ((now.status == ItemStatus::booked || now.status == ItemStatus::taken) && now.meeting == meeting_id)
      found.push_back(&i);
  }
  return found;
}

}  // namespace agendad
