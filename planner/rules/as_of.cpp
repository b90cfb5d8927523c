#include "planner/rules/as_of.hpp"

namespace agendad::planner {

ProgrammeAsOf programme_as_of(const Programme& programme, Date as_of) {
  ProgrammeAsOf view{as_of, {}, {}, {}};
  for (const Meeting& meeting : programme.meetings) view.meetings.emplace(meeting.id, &meeting);
  view.states.reserve(programme.items.size());
  for (std::size_t i = 0; i < programme.items.size(); ++i) {
    const Item& item = programme.items[i];
    if (item.history.empty()) {
      view.states.emplace_back();
      continue;
    }
    auto meeting = view.meetings.find(item.current().meeting);
    // Without a known meeting a taken item has no date of taking; the as-of date stands in.
    auto state = state_as_of(item, as_of, meeting == view.meetings.end() ? as_of : meeting->second->date);
    if (state && (state->status == ItemStatus::booked || state->status == ItemStatus::taken)) {
      // Keyed by the programme's own id string, which outlives the view's copies.
      auto where = view.meetings.find(state->meeting);
      if (where != view.meetings.end()) view.booked[where->second->id].push_back(i);
    }
    view.states.push_back(std::move(state));
  }
  return view;
}

bool is_substantive(const Item& item) {
  return item.kind != ItemKind::verbal_update && item.kind != ItemKind::workshop;
}

bool on_programme(ItemStatus status) {
  return status == ItemStatus::booked || status == ItemStatus::awaiting_date || status == ItemStatus::deferred;
}

}  // namespace agendad::planner
