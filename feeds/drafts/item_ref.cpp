#include "feeds/drafts/item_ref.hpp"

namespace agendad::drafts {

using planner::Item;

ItemRef item_ref(const Item& item, bool members, bool work_programme) {
  if (item.exempt && !members) return ItemRef{"", item.exempt->public_title};
  if (work_programme && !item.work_programme_title.empty()) return ItemRef{item.id, item.work_programme_title};
  return ItemRef{item.id, item.title};
}

}  // namespace agendad::drafts
