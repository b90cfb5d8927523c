#include "planner/model/programme_index.hpp"

#include "planner/model/programme.hpp"

namespace agendad::planner {
namespace {

// The first value with each id wins, as a scan from the front would find it.
template <typename Map, typename T>
void add_ids(Map& map, const std::vector<T>& values) {
  for (const T& value : values) map.try_emplace(value.id, &value);
}

}  // namespace

ProgrammeIndex::ProgrammeIndex(const Programme& programme) : layout_(layout_of(programme)) {
  add_ids(committees_, programme.committees);
  add_ids(venues_, programme.venues);
  add_ids(bodies_, programme.bodies);
  add_ids(meetings_, programme.meetings);
  add_ids(items_, programme.items);
  for (const Meeting& meeting : programme.meetings) {
    meetings_of_[meeting.committee].push_back(&meeting);
    if (meeting.joint_with != meeting.committee) meetings_of_[meeting.joint_with].push_back(&meeting);
  }
  for (const Item& item : programme.items) {
    items_of_[item.committee].push_back(&item);
    if (item.history.empty()) continue;  // no current state: on no meeting
    const ItemState& now = item.current();
    if (now.status == ItemStatus::booked || now.status == ItemStatus::taken) items_on_[now.meeting].push_back(&item);
  }
  for (const Action& action : programme.actions) actions_of_[action.committee].push_back(&action);
}

std::vector<ProgrammeIndex::Layout> ProgrammeIndex::layout_of(const Programme& programme) {
  return {{programme.committees.data(), programme.committees.size()},
          {programme.venues.data(), programme.venues.size()},
          {programme.bodies.data(), programme.bodies.size()},
          {programme.meetings.data(), programme.meetings.size()},
          {programme.items.data(), programme.items.size()},
          {programme.actions.data(), programme.actions.size()}};
}

bool ProgrammeIndex::built_from(const Programme& programme) const { return layout_ == layout_of(programme); }

template <typename T>
const T* ProgrammeIndex::find(const By<const T*>& map, std::string_view id) {
  auto found = map.find(id);
  return found == map.end() ? nullptr : found->second;
}

template <typename T>
const std::vector<const T*>& ProgrammeIndex::list(const By<std::vector<const T*>>& map, std::string_view key) {
  static const std::vector<const T*> none;
  auto found = map.find(key);
  return found == map.end() ? none : found->second;
}

const Committee* ProgrammeIndex::committee(std::string_view id) const { return find(committees_, id); }
const Venue* ProgrammeIndex::venue(std::string_view id) const { return find(venues_, id); }
const Body* ProgrammeIndex::body(std::string_view id) const { return find(bodies_, id); }
const Meeting* ProgrammeIndex::meeting(std::string_view id) const { return find(meetings_, id); }
const Item* ProgrammeIndex::item(std::string_view id) const { return find(items_, id); }

const std::vector<const Meeting*>& ProgrammeIndex::meetings_of(std::string_view committee) const {
  return list(meetings_of_, committee);
}
const std::vector<const Item*>& ProgrammeIndex::items_of(std::string_view committee) const {
  return list(items_of_, committee);
}
const std::vector<const Action*>& ProgrammeIndex::actions_of(std::string_view committee) const {
  return list(actions_of_, committee);
}
const std::vector<const Item*>& ProgrammeIndex::items_on(std::string_view meeting) const {
  return list(items_on_, meeting);
}

IndexCache& IndexCache::operator=(const IndexCache& other) {
  if (this == &other) return *this;
  std::lock_guard lock(mutex_);
  index_.reset();  // this programme's vectors are new: index them when next asked
  return *this;
}

std::shared_ptr<const ProgrammeIndex> IndexCache::of(const Programme& programme) const {
  std::lock_guard lock(mutex_);
  if (!index_ || !index_->built_from(programme)) index_ = std::make_shared<const ProgrammeIndex>(programme);
  return index_;
}

}  // namespace agendad::planner
