#pragma once
// Placing items at meetings, with a lexicographic objective a chair can defend:
//   1. as many items with a deadline placed before it as can be (deadlines met);
//   2. then the least sum of priority-weighted lateness, where an item's lateness is the position
//      of its meeting in date order (the number of meetings for an item left unplaced) and each
//      rank's weight outweighs every rank below it together.
// Objective 2 with such weights is serial dictatorship: in rank order, each item takes the
// earliest meeting it can that still lets objective 1 be met. A place is taken for good, so only
// the deadline items still to come can be moved: they hold reservations (a maximum matching of
// them into the places left), which an item may take only if the reserved item can be moved
// along an augmenting path, or, for a deadline item, if the count of deadlines met is unchanged.
#include <cstdint>
#include <span>
#include <vector>

namespace agendad::planner {

struct Choices {
  std::vector<int> capacity;        // free places at each meeting; meetings numbered in date order
  std::vector<std::uint32_t> first = {0};  // item i may go to meetings[first[i] .. first[i+1])
  std::vector<int> meetings;        // ascending for each item
  std::vector<char> deadline;       // item i has a deadline (its meetings all come before it)
};

// Items are numbered in the order added, which must be rank order (best first).
void add_item(Choices& choices, std::span<const int> eligible_meetings, bool deadline = false);
std::size_t item_count(const Choices& choices);

// The meeting for each item, or -1 where it cannot be placed.
std::vector<int> assign(const Choices& choices);

}  // namespace agendad::planner
