#include "planner/schedule/search.hpp"

#include <algorithm>
#include <numeric>

namespace agendad::planner {
namespace {

// Bodies in the order the greedy pass serves them.
std::vector<int> slot_order(const Problem& problem) {
  std::size_t n = problem.bodies.size();
  std::vector<int> depth(n, 0);  // how many feeding steps lead out of a body: Cabinet 0, feeders 1+
  for (std::size_t round = 0; round < n; ++round)
    for (std::size_t b = 0; b < n; ++b)
      for (int fed : problem.bodies[b].feeds)
        depth[b] = std::max(depth[b], std::min(depth[static_cast<std::size_t>(fed)] + 1, static_cast<int>(n)));
  std::vector<int> degree(n, 0);
  for (std::size_t a = 0; a < n; ++a)
    for (std::size_t b = 0; b < n; ++b)
      if (a != b && problem.shares[a][b]) ++degree[a];
  std::vector<int> order(problem.slots.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](int x, int y) {
    const Slot& s = problem.slots[static_cast<std::size_t>(x)];
    const Slot& t = problem.slots[static_cast<std::size_t>(y)];
    auto key = [&](const Slot& slot) {
      auto b = static_cast<std::size_t>(slot.body);
      return std::make_tuple(depth[b], -degree[b], slot.body, slot.ideal);
    };
    return key(s) < key(t);
  });
  return order;
}

int total_cost(const Problem& problem, const Board& board) {
  int cost = 0;
  for (std::size_t s = 0; s < problem.slots.size(); ++s)
    if (board.placed(static_cast<int>(s))) cost += choice_cost(problem, board, static_cast<int>(s), board.choice(static_cast<int>(s)));
  return cost;
}

struct Pass {
  std::vector<int> failed;
  int cost = 0;
  std::vector<std::optional<Choice>> choices;
};

Pass greedy(const Problem& problem, const std::vector<int>& order, long& checks) {
  Board board(problem);
  Pass pass;
  for (int slot : order) {
    auto choice = cheapest_choice(problem, board, slot, checks);
    if (choice)
      board.place(slot, *choice);
    else
      pass.failed.push_back(slot);
  }
  pass.cost = total_cost(problem, board);
  for (std::size_t s = 0; s < problem.slots.size(); ++s)
    pass.choices.push_back(board.placed(static_cast<int>(s)) ? std::optional(board.choice(static_cast<int>(s))) : std::nullopt);
  return pass;
}

// Depth-first search for any clash-free calendar, in the given order. Slots of one body are
// interchangeable, so they take days in the order of their numbers: that prunes the copies.
class Exhaustive {
 public:
  Exhaustive(const Problem& problem, std::vector<int> order, long budget)
      : problem_(problem), board_(problem), order_(std::move(order)), budget_(budget),
        siblings_(problem.bodies.size()) {
    for (std::size_t s = 0; s < problem.slots.size(); ++s)
      siblings_[static_cast<std::size_t>(problem.slots[s].body)].push_back(static_cast<int>(s));
  }

  bool run() { return descend(0); }
  bool cut_off() const { return cut_off_; }
  long checks() const { return checks_; }
  const Board& board() const { return board_; }

 private:
  bool in_number_order(int slot, int day) const {
    const Slot& me = problem_.slots[static_cast<std::size_t>(slot)];
    for (int s : siblings_[static_cast<std::size_t>(me.body)]) {
      const Slot& other = problem_.slots[static_cast<std::size_t>(s)];
      if (!board_.placed(s)) continue;
      int other_day = board_.choice(s).day;
      if ((other.number < me.number && other_day >= day) || (other.number > me.number && other_day <= day))
        return false;
    }
    return true;
  }

  // Forward checking: every slot still to place has some choice left, or this branch is dead.
  bool all_have_options(std::size_t depth) {
    for (std::size_t d = depth; d < order_.size(); ++d) {
      int slot = order_[d];
      int body = problem_.slots[static_cast<std::size_t>(slot)].body;
      const auto& open = problem_.available[static_cast<std::size_t>(body)];
      const std::vector<int> starts = problem_.starts_for(body), rooms = problem_.rooms_for(body);
      bool any = false;
      for (int day = problem_.first_day; day <= problem_.last_day && !any; ++day) {
        if (++checks_ > budget_) {
          cut_off_ = true;
          return false;
        }
        if (!open[static_cast<std::size_t>(day)] || !in_number_order(slot, day)) continue;
        for (int start : starts)
          for (int room : rooms)
            any = any || !board_.blocker(body, day, start, room);
      }
      if (!any) return false;
    }
    return true;
  }

  bool descend(std::size_t depth) {
    if (depth == order_.size()) return true;
    int slot = order_[depth];
    int body = problem_.slots[static_cast<std::size_t>(slot)].body;
    std::vector<std::pair<int, Choice>> options;
    const auto& open = problem_.available[static_cast<std::size_t>(body)];
    const std::vector<int> starts = problem_.starts_for(body), rooms = problem_.rooms_for(body);
    for (int day = problem_.first_day; day <= problem_.last_day; ++day) {
      if (++checks_ > budget_) {  // every day looked at counts, or a problem of few choices never ends
        cut_off_ = true;
        return false;
      }
      if (!open[static_cast<std::size_t>(day)] || !in_number_order(slot, day)) continue;
      for (int start : starts)
        for (int room : rooms) {
          if (++checks_ > budget_) {
            cut_off_ = true;
            return false;
          }
          if (board_.blocker(body, day, start, room)) continue;
          Choice choice{day, start, room};
          options.emplace_back(choice_cost(problem_, board_, slot, choice), choice);
        }
    }
    std::stable_sort(options.begin(), options.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [cost, choice] : options) {
      board_.place(slot, choice);
      if (all_have_options(depth + 1) && descend(depth + 1)) return true;
      board_.remove(slot);
      if (cut_off_) return false;
    }
    return false;
  }

  const Problem& problem_;
  Board board_;
  std::vector<int> order_;
  long budget_;
  std::vector<std::vector<int>> siblings_;  // by body: its slots
  long checks_ = 0;
  bool cut_off_ = false;
};

// Moves each placed slot to its cheapest clash-free choice given all the others; never worse.
void polish(const Problem& problem, std::vector<std::optional<Choice>>& choices, long& checks) {
  Board board(problem);
  for (std::size_t s = 0; s < choices.size(); ++s)
    if (choices[s]) board.place(static_cast<int>(s), *choices[s]);
  for (std::size_t s = 0; s < choices.size(); ++s) {
    if (!choices[s]) continue;
    int slot = static_cast<int>(s);
    int before = choice_cost(problem, board, slot, *choices[s]);
    board.remove(slot);
    auto better = cheapest_choice(problem, board, slot, checks);
    if (better && choice_cost(problem, board, slot, *better) < before) choices[s] = better;
    board.place(slot, *choices[s]);
  }
}

}  // namespace

int choice_cost(const Problem& problem, const Board& board, int slot, Choice choice) {
  const Slot& s = problem.slots[static_cast<std::size_t>(slot)];
  return problem.unary_cost(s, choice.day, choice.start, choice.room) +
         problem.options.weights.advisor_twice_a_day * board.advisor_load(s.body, choice.day, board.id_of(slot));
}

std::optional<Choice> cheapest_choice(const Problem& problem, const Board& board, int slot, long& checks) {
  const Slot& s = problem.slots[static_cast<std::size_t>(slot)];
  const auto& open = problem.available[static_cast<std::size_t>(s.body)];
  std::vector<int> starts = problem.starts_for(s.body);
  std::vector<int> rooms = problem.rooms_for(s.body);
  std::optional<Choice> best;
  int best_cost = 0;
  int per_day = problem.options.weights.spacing_per_day;
  for (int distance = 0; distance < problem.grid.size(); ++distance) {
    if (best && per_day > 0 && distance * per_day >= best_cost) break;
    for (int side = distance == 0 ? 1 : -1; side <= 1; side += 2) {
      int day = s.ideal + side * distance;
      if (day < 0 || day >= problem.grid.size() || !open[static_cast<std::size_t>(day)]) continue;
      for (int start : starts)
        for (int room : rooms) {
          Choice choice{day, start, room};
          int cost = choice_cost(problem, board, slot, choice);
          if (best && cost >= best_cost) continue;
          ++checks;
          if (board.blocker(s.body, day, start, room)) continue;
          best = choice;
          best_cost = cost;
        }
    }
  }
  return best;
}

SearchResult search_calendar(const Problem& problem) {
  SearchResult result;
  std::vector<int> order = slot_order(problem);
  Pass best = greedy(problem, order, result.checks);
  for (int round = 1; round < problem.options.greedy_rounds && !best.failed.empty(); ++round) {
    std::vector<int> next = best.failed;
    for (int slot : order)
      if (std::find(best.failed.begin(), best.failed.end(), slot) == best.failed.end()) next.push_back(slot);
    order = std::move(next);
    Pass pass = greedy(problem, order, result.checks);
    if (std::make_pair(pass.failed.size(), pass.cost) < std::make_pair(best.failed.size(), best.cost))
      best = std::move(pass);
  }
  if (!best.failed.empty()) {
    Exhaustive exhaustive(problem, order, problem.options.exhaustive_checks);
    bool found = exhaustive.run();
    result.checks += exhaustive.checks();
    result.cut_off = exhaustive.cut_off();
    result.proved_infeasible = !found && !exhaustive.cut_off();
    if (found) {
      best.failed.clear();
      for (std::size_t s = 0; s < problem.slots.size(); ++s) best.choices[s] = exhaustive.board().choice(static_cast<int>(s));
    }
  }
  polish(problem, best.choices, result.checks);
  result.choices = std::move(best.choices);
  return result;
}

}  // namespace agendad::planner
