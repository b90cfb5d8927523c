#pragma once
// Which business brings a paper to the agenda pack, in one place so that the pack's pagination
// and the planner's missing-page-count flag cannot disagree.
#include "planner/model/item.hpp"

namespace agendad::planner {

// Reports, annual reports and reviews bring a paper, and so does an item of no stated kind;
// verbal updates, presentations and workshop sessions do not.
bool needs_paper(const Item& item);

}  // namespace agendad::planner
