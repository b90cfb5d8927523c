#pragma once
// The first day an item can come to a meeting: its own not-before date, or the day after its
// paper will exist ("would produce ... by May 2025": not before 1 June 2025), whichever is later.
#include <optional>
#include <string>

#include "planner/model/item.hpp"

namespace agendad::planner {

struct Earliest {
  Date day;
  std::string what;    // "1 June 2025 (its paper is expected by May 2025, an estimate)"
  std::string source;  // the words and paper that give it; empty for a plain not_before
  bool estimate = false;
};

std::optional<Earliest> earliest_day(const Item& item);

}  // namespace agendad::planner
