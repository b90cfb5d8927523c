#include "planner/rules/matching.hpp"

#include <algorithm>

namespace agendad::planner {
namespace {

constexpr int none = -1;

std::span<const int> meetings_of(const Choices& c, int item) {
  return std::span<const int>(c.meetings).subspan(c.first[item], c.first[item + 1] - c.first[item]);
}

// Places taken for good, and the reservations held by deadline items still to come.
struct Board {
  const Choices& c;
  std::vector<int> used;                  // meeting -> places taken for good
  std::vector<int> reserved_at;           // deadline item -> meeting reserved, or none
  std::vector<std::vector<int>> holders;  // meeting -> items holding a reservation there
  std::vector<int> came_from;             // meeting -> the reserved item that would move into it
  // A search that fails has shown that none of the meetings it saw can reach a free place. That
  // stays so while reservations move along paths to free places (moving them opens no path where
  // there was none), places are taken and reservations are bumped; only a place given up can
  // open one. So a meeting found dead is skipped until then. Skipping it changes no path found:
  // no meeting that can reach a free place is reached through one that cannot.
  std::vector<std::uint64_t> dead;        // meeting -> the era in which it was found dead
  std::vector<std::uint64_t> seen;        // meeting -> the last search that saw it
  std::vector<int> queue;
  std::uint64_t era = 1, search = 0;

  explicit Board(const Choices& choices)
      : c(choices), used(choices.capacity.size(), 0), reserved_at(item_count(choices), none),
        holders(choices.capacity.size()), came_from(choices.capacity.size(), none), dead(choices.capacity.size(), 0),
        seen(choices.capacity.size(), 0) {}

  bool free(int m) const { return used[m] + static_cast<int>(holders[m].size()) < c.capacity[m]; }
  bool open(int m) const { return used[m] < c.capacity[m]; }

  void unreserve(int item) {
    const int m = reserved_at[item];
    if (m == none) return;
    auto& row = holders[m];
    row.erase(std::find(row.begin(), row.end(), item));
    reserved_at[item] = none;
  }
  // A reservation given up outright leaves a free place, which meetings found dead may reach.
  void give_up(int item) {
    if (reserved_at[item] == none) return;
    unreserve(item);
    ++era;
  }
  void reserve(int item, int m) {
    unreserve(item);
    reserved_at[item] = m;
    holders[m].push_back(item);
  }
  void take(int m) { ++used[m]; }
  bool unseen(int m) const { return seen[m] != search && dead[m] != era; }

  // Breadth-first from `starts` over reservations: the first meeting with a free place, reached
  // by moving reserved items one step each; the moves are made. Returns the start meeting that
  // now has a free place, or none.
  int make_room(std::span<const int> starts) {
    ++search;
    queue.clear();
    for (int m : starts)
      if (unseen(m)) {
        seen[m] = search;
        came_from[m] = none;
        queue.push_back(m);
      }
    for (std::size_t head = 0; head < queue.size(); ++head) {
      const int m = queue[head];
      if (free(m)) return shift_back(m);
      if (!open(m)) continue;
      for (int item : holders[m])
        for (int next : meetings_of(c, item))
          if (unseen(next)) {
            seen[next] = search;
            came_from[next] = item;
            queue.push_back(next);
          }
    }
    for (int m : queue) dead[m] = era;
    return none;
  }

  int shift_back(int m) {
    while (came_from[m] != none) {
      const int item = came_from[m], previous = reserved_at[item];
      reserve(item, m);
      m = previous;
    }
    return m;
  }

  bool try_reserve(int item) {
    const int m = make_room(meetings_of(c, item));
    if (m == none) return false;
    reserve(item, m);
    return true;
  }
};

// The deadline items holding no reservation (never given one, or bumped from it) whose turn is
// still to come.
class Waiting {
 public:
  explicit Waiting(std::size_t items) : waits_(items, 0) {}
  void add(int item) { waits_[item] = 1; }
  void remove(int item) { waits_[item] = 0; }
  bool waits(int item) const { return waits_[item] != 0; }

 private:
  std::vector<char> waits_;
};

// The deadline items eligible at each meeting, ascending: the matching's edges read backwards.
class Backwards {
 public:
  explicit Backwards(const Choices& c) : first_(c.capacity.size() + 1, 0), seen_(c.capacity.size(), 0) {
    const int items = static_cast<int>(item_count(c));
    for (int i = 0; i < items; ++i)
      if (c.deadline[i])
        for (int m : meetings_of(c, i)) ++first_[m + 1];
    for (std::size_t m = 1; m < first_.size(); ++m) first_[m] += first_[m - 1];
    items_.resize(first_.back());
    skip_.assign(first_.begin(), first_.end() - 1);
    std::vector<std::uint32_t> next(skip_);
    for (int i = 0; i < items; ++i)
      if (c.deadline[i])
        for (int m : meetings_of(c, i)) items_[next[m]++] = i;
  }

  // A waiting item that can reach `freed` (a meeting with a place just given up at item x's
  // turn) by moving reservations, or none. No waiting item can reach any other free place: every
  // search that left an item waiting failed, and moving reservations along a path to a free place
  // never opens a path for an item that had none. So this is exactly the set of waiting items a
  // search from each would succeed for, found from the one place instead of from each of them.
  int reaching(const Board& board, const Waiting& waiting, int freed, int x) {
    ++stamp_;
    queue_.assign(1, freed);
    seen_[freed] = stamp_;
    for (std::size_t head = 0; head < queue_.size(); ++head) {
      const int m = queue_[head];
      // Items whose turn has passed neither wait nor hold a reservation: skipped for good.
      while (skip_[m] < first_[m + 1] && items_[skip_[m]] <= x) ++skip_[m];
      for (std::uint32_t k = skip_[m]; k < first_[m + 1]; ++k) {
        const int item = items_[k];
        if (waiting.waits(item)) return item;
        const int from = board.reserved_at[item];
        if (from != none && seen_[from] != stamp_ && !board.free(from)) {
          seen_[from] = stamp_;
          queue_.push_back(from);
        }
      }
    }
    return none;
  }

 private:
  std::vector<std::uint32_t> first_;  // meeting -> its items in items_[first_[m] .. first_[m+1])
  std::vector<int> items_;
  std::vector<std::uint32_t> skip_;   // meeting -> the first of its items whose turn is still to come
  std::vector<std::uint32_t> seen_;
  std::vector<int> queue_;
  std::uint32_t stamp_ = 0;
};

// At x's turn, its reservation at `freed` given up: a waiting item takes a reservation if one can.
bool reserve_one_reaching(Board& board, Backwards& backwards, Waiting& waiting, int freed, int x) {
  const int item = backwards.reaching(board, waiting, freed, x);
  if (item == none || !board.try_reserve(item)) return false;
  waiting.remove(item);
  return true;
}

// The place for item x (its turn now): the earliest meeting where a place is free, can be freed
// by moving reservations, or (for a deadline item not needed to keep the count) taken from one.
int take_place(Board& board, int x, bool may_bump, Waiting& unreserved) {
  for (int m : meetings_of(board.c, x)) {
    if (!board.open(m)) continue;
    if (board.free(m) || board.make_room(std::span<const int>(&m, 1)) == m) return m;
    if (may_bump) {
      // The item bumped keeps its turn, and takes a place then if one is left.
      // Its place is taken at once, so no free place is left behind: the dead stay dead.
      unreserved.add(board.holders[m].back());
      board.unreserve(board.holders[m].back());
      return m;
    }
  }
  return none;
}

}  // namespace

void add_item(Choices& choices, std::span<const int> eligible_meetings, bool deadline) {
  choices.meetings.insert(choices.meetings.end(), eligible_meetings.begin(), eligible_meetings.end());
  choices.first.push_back(static_cast<std::uint32_t>(choices.meetings.size()));
  choices.deadline.push_back(deadline ? 1 : 0);
}

std::size_t item_count(const Choices& choices) { return choices.first.size() - 1; }

std::vector<int> assign(const Choices& choices) {
  const int items = static_cast<int>(item_count(choices));
  Board board(choices);
  // Objective 1: a maximum matching of the deadline items, held as reservations.
  Waiting unreserved(static_cast<std::size_t>(items));
  Backwards backwards(choices);
  for (int i = 0; i < items; ++i)
    if (choices.deadline[i] && !board.try_reserve(i)) unreserved.add(i);
  std::vector<int> at(items, none);
  for (int x = 0; x < items; ++x) {
    bool may_bump = false;
    if (choices.deadline[x]) {
      // x is not needed to keep the count of deadlines met if it held no reservation, or if the
      // place it frees lets a deadline item without one in: then it may take a reservation's place.
      const int freed = board.reserved_at[x];
      board.give_up(x);
      unreserved.remove(x);
      may_bump = freed == none || reserve_one_reaching(board, backwards, unreserved, freed, x);
    }
    at[x] = take_place(board, x, may_bump, unreserved);
    if (at[x] != none) board.take(at[x]);
  }
  return at;
}

}  // namespace agendad::planner
