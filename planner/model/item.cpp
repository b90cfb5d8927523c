#include "planner/model/item.hpp"

namespace agendad {

std::string to_string(ItemKind kind) {
  switch (kind) {
    case ItemKind::report: return "report";
    case ItemKind::presentation: return "presentation";
    case ItemKind::verbal_update: return "verbal update";
    case ItemKind::annual_report: return "annual report";
    case ItemKind::scrutiny_review: return "scrutiny review";
    case ItemKind::spotlight_review: return "spotlight review";
    case ItemKind::workshop: return "workshop";
  }
  return "report";
}

std::string to_string(ItemStatus status) {
  switch (status) {
    case ItemStatus::proposed: return "proposed";
    case ItemStatus::longlisted: return "longlisted";
    case ItemStatus::shortlisted: return "shortlisted";
    case ItemStatus::booked: return "booked";
    case ItemStatus::awaiting_date: return "awaiting date";
    case ItemStatus::deferred: return "deferred";
    case ItemStatus::taken: return "taken";
    case ItemStatus::withdrawn: return "withdrawn";
  }
  return "proposed";
}

const std::string& public_title(const Item& item) {
  return item.exempt ? item.exempt->public_title : item.title;
}

std::optional<ItemState> state_as_of(const Item& item, Date as_of, Date meeting_date_of_current) {
  if (item.known_from && as_of < *item.known_from) return std::nullopt;
  std::optional<ItemState> state;
  for (std::size_t i = 0; i < item.history.size(); ++i) {
    const ItemState& entry = item.history[i];
    std::optional<Date> since = entry.since;
    // An item is taken on the day of its meeting, so that is when "taken" became true.
    if (!since && entry.status == ItemStatus::taken && i + 1 == item.history.size())
      since = meeting_date_of_current;
    if (since && as_of < *since) break;
    state = entry;
  }
  return state;
}

}  // namespace agendad
