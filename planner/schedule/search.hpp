#pragma once
// Finds a day, start and room for every slot without breaking a hard rule, at the least soft cost
// it can, in bounded time.
//
// Method: bodies others must precede come first (Cabinet before the commissions that feed it), then
// bodies sharing the most people with others; each slot takes its cheapest clash-free choice,
// looked for outward from its evenly spaced day. Slots that found none move to the front and the
// pass runs again ("squeaky wheel"), a bounded number of rounds. If slots are still left over, an
// exhaustive depth-first search over every day, start and room settles it: complete on small
// problems, cut off after a fixed number of candidate checks on large ones. A last pass moves each
// meeting to its cheapest clash-free choice given all the others.
#include <optional>
#include <vector>

#include "planner/schedule/board.hpp"
#include "planner/schedule/problem.hpp"

namespace agendad::planner {

struct SearchResult {
  std::vector<std::optional<Choice>> choices;  // by slot; nullopt: no clash-free choice found
  bool proved_infeasible = false;  // the exhaustive search ran out of choices, not out of budget
  bool cut_off = false;            // the exhaustive search hit its bound
  long checks = 0;                 // candidate checks, all passes together
};

SearchResult search_calendar(const Problem& problem);

// The cheapest clash-free choice for a slot on the board as it stands, ignoring its own placement.
std::optional<Choice> cheapest_choice(const Problem& problem, const Board& board, int slot, long& checks);

// A slot's choice's full cost on the board: its unary cost and its advisor's other meetings that day.
int choice_cost(const Problem& problem, const Board& board, int slot, Choice choice);

}  // namespace agendad::planner
