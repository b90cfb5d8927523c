#pragma once
// Placing items at meetings: a bipartite b-matching with a lexicographic objective.
//   1. as many items placed as possible;
//   2. among those, the set of placed items best by rank (items are given in rank order, best first);
//   3. among those, the earliest meetings (the sorted list of meetings used is lexicographically least).
// Objective 1+2 is the greedy algorithm on the transversal matroid of the items: in rank order,
// keep an item if an augmenting path can still make room for it. Objective 3 is the same greedy
// on the transversal matroid of the meeting places, in date order, over the chosen items.
// Earliest-deadline-first alone is exact only when every item's meetings form an interval
// (Glover 1967); blackouts for some kinds of item cut holes in those intervals, so augmenting
// paths are used, with every search that fails retiring the meetings it visited for good (no later
// search can find room there: matched items stay matched and cannot leave a saturated region).
#include <cstdint>
#include <span>
#include <vector>

namespace agendad {

struct Choices {
  std::vector<int> capacity;        // free places at each meeting; meetings numbered in date order
  std::vector<std::uint32_t> first = {0};  // item i may go to meetings[first[i] .. first[i+1])
  std::vector<int> meetings;        // ascending for each item
};

// Items are numbered in the order added, which must be rank order (best first).
void add_item(Choices& choices, std::span<const int> eligible_meetings);
std::size_t item_count(const Choices& choices);

// The meeting for each item, or -1 where it cannot be placed.
std::vector<int> assign(const Choices& choices);

}  // namespace agendad
