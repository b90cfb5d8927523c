#include "planner/rules/paper.hpp"

namespace agendad::planner {

bool needs_paper(const Item& item) {
  if (!item.kind) return true;
  switch (*item.kind) {
    case ItemKind::report:
    case ItemKind::annual_report:
    case ItemKind::scrutiny_review:
    case ItemKind::spotlight_review: return true;
    case ItemKind::presentation:
    case ItemKind::verbal_update:
    case ItemKind::workshop: return false;
  }
  return true;
}

}  // namespace agendad::planner
