#pragma once
// How a page names an item: by id and title in the members' version; in public, an exempt item
// by its public title alone (its id may name what it is about, so it is withheld too).
#include <string>

#include "planner/model/item.hpp"

namespace agendad::drafts {

struct ItemRef {
  std::string id;     // empty for an exempt item in public
  std::string title;
};

// The work programme words some items otherwise than the agenda; `work_programme` picks that wording.
ItemRef item_ref(const planner::Item& item, bool members, bool work_programme = false);

}  // namespace agendad::drafts
