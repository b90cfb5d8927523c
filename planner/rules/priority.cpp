#include "planner/rules/priority.hpp"

#include "planner/rules/deadline.hpp"

namespace agendad::planner {
namespace {

bool waiting_state(ItemStatus status) {
  return status == ItemStatus::awaiting_date || status == ItemStatus::deferred || status == ItemStatus::shortlisted ||
         status == ItemStatus::longlisted || status == ItemStatus::proposed;
}

// -1: a first, 1: b first, 0: this key cannot tell them apart.
int compare(PriorityKey key, const Priority& a, const Priority& b) {
  auto order = [](auto x, auto y) { return x < y ? -1 : y < x ? 1 : 0; };
  switch (key) {
    case PriorityKey::deadline:
      if (a.deadline && b.deadline) return order(*a.deadline, *b.deadline);
      return a.deadline ? -1 : b.deadline ? 1 : 0;
    case PriorityKey::merit:
      if (a.merit && b.merit) return order(*b.merit, *a.merit);
      return a.merit ? -1 : b.merit ? 1 : 0;
    case PriorityKey::age: return order(a.waiting_since, b.waiting_since);
    case PriorityKey::agreed: return order(a.agreed, b.agreed);
  }
  return 0;
}

}  // namespace

Priority priority_of(const Programme& programme, const PlanningCalendar& calendar, std::size_t index, Date as_of) {
  const Item& item = programme.items[index];
  Priority priority;
  if (auto deadline = resolve_deadline(programme, calendar, item)) priority.deadline = deadline->before;
  if (item.topic) priority.merit = item.topic->total();
  priority.agreed = index;
  std::optional<Date> waiting, recorded = item.known_from;
  for (const ItemState& state : item.history) {
    if (!state.since) continue;
    if (waiting_state(state.status) && (!waiting || *state.since < *waiting)) waiting = state.since;
    if (!recorded || *state.since < *recorded) recorded = state.since;
  }
  if (!waiting) waiting = item.waiting_since;
  if (!waiting) waiting = recorded;
  if (waiting && as_of < *waiting) waiting = as_of;  // a paper dated after the plan waits from today
  priority.waiting_dated = waiting.has_value();
  priority.waiting_since = waiting.value_or(as_of);
  return priority;
}

std::optional<PriorityKey> deciding_key(const Priority& a, const Priority& b, std::span<const PriorityKey> order) {
  for (PriorityKey key : order)
    if (compare(key, a, b) != 0) return key;
  return std::nullopt;
}

bool ranks_before(const Priority& a, const Priority& b, std::span<const PriorityKey> order) {
  for (PriorityKey key : order)
    if (int c = compare(key, a, b)) return c < 0;
  return false;
}

}  // namespace agendad::planner
