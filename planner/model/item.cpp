#include "planner/model/item.hpp"

#include <array>

namespace agendad::planner {

namespace {

constexpr std::array<Named<ItemKind>, 7> item_kinds{{{"report", ItemKind::report},
                                                     {"presentation", ItemKind::presentation},
                                                     {"verbal_update", ItemKind::verbal_update, "verbal update"},
                                                     {"annual_report", ItemKind::annual_report, "annual report"},
                                                     {"scrutiny_review", ItemKind::scrutiny_review, "scrutiny review"},
                                                     {"spotlight_review", ItemKind::spotlight_review, "spotlight review"},
                                                     {"workshop", ItemKind::workshop}}};

constexpr std::array<Named<ItemStatus>, 8> item_statuses{{{"proposed", ItemStatus::proposed},
                                                          {"longlisted", ItemStatus::longlisted},
                                                          {"shortlisted", ItemStatus::shortlisted},
                                                          {"booked", ItemStatus::booked},
                                                          {"awaiting_date", ItemStatus::awaiting_date, "awaiting date"},
                                                          {"deferred", ItemStatus::deferred},
                                                          {"taken", ItemStatus::taken},
                                                          {"withdrawn", ItemStatus::withdrawn}}};

}  // namespace

std::span<const Named<ItemKind>> item_kind_names() { return item_kinds; }
std::span<const Named<ItemStatus>> item_status_names() { return item_statuses; }

std::string to_string(ItemKind kind) { return std::string(words_of(item_kind_names(), kind)); }
std::string to_string(ItemStatus status) { return std::string(words_of(item_status_names(), status)); }

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

}  // namespace agendad::planner
