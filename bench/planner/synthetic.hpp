#pragma once
// Synthetic programmes for the planner benchmark: one committee, a meeting a week, three places a
// meeting, and ten items for every meeting, so most items compete for places they cannot all have.
#include <cstddef>

#include "planner/model/programme.hpp"

namespace agendad::bench {

struct SyntheticProgramme {
  planner::Programme programme;
  planner::Date as_of;
};

// Deterministic for a given size and seed.
SyntheticProgramme synthetic_programme(std::size_t items, unsigned seed);

}  // namespace agendad::bench
