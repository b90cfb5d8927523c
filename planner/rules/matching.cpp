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
  std::vector<std::uint32_t> seen;
  std::vector<int> came_from;             // meeting -> the reserved item that would move into it
  std::uint32_t stamp = 0;
  // Changes with every reservation made or given up and every place taken. A search that fails
  // leaves every meeting it saw marked with `stamp`: none of them can be given a free place. While
  // the board is unchanged that stays true, so the next search skips them (the same answer, found
  // without searching them again: the first-found path through the meetings it does search is the
  // one it would have found).
  std::uint64_t version = 0;
  std::uint64_t searched_version = ~std::uint64_t{0};

  explicit Board(const Choices& choices)
      : c(choices), used(choices.capacity.size(), 0), reserved_at(item_count(choices), none),
        holders(choices.capacity.size()), seen(choices.capacity.size(), 0), came_from(choices.capacity.size(), none) {}

  bool free(int m) const { return used[m] + static_cast<int>(holders[m].size()) < c.capacity[m]; }
  bool open(int m) const { return used[m] < c.capacity[m]; }

  void unreserve(int item) {
    const int m = reserved_at[item];
    if (m == none) return;
    auto& row = holders[m];
    row.erase(std::find(row.begin(), row.end(), item));
    reserved_at[item] = none;
    ++version;
  }
  void reserve(int item, int m) {
    unreserve(item);
    reserved_at[item] = m;
    holders[m].push_back(item);
    ++version;
  }
  void take(int m) {
    ++used[m];
    ++version;
  }

  // Breadth-first from `starts` over reservations: the first meeting with a free place, reached
  // by moving reserved items one step each; the moves are made. Returns the start meeting that
  // now has a free place, or none.
  int make_room(std::span<const int> starts) {
    if (version != searched_version) {
      ++stamp;
      searched_version = version;
    }
    std::vector<int> queue;
    for (int m : starts)
      if (seen[m] != stamp) {
        seen[m] = stamp;
        came_from[m] = none;
        queue.push_back(m);
      }
    for (std::size_t head = 0; head < queue.size(); ++head) {
      const int m = queue[head];
      if (free(m)) return shift_back(m);
      if (!open(m)) continue;
      for (int item : holders[m])
        for (int next : meetings_of(c, item))
          if (seen[next] != stamp) {
            seen[next] = stamp;
            came_from[next] = item;
            queue.push_back(next);
          }
    }
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

// The deadline items holding no reservation, in the order they lost it (or never had one). Every
// deadline item's turn takes it out, so taking out is O(1): its entry is struck through, and the
// list is compacted when most of it is struck.
class Waiting {
 public:
  explicit Waiting(std::size_t items) : at_(items, none) {}
  void add(int item) {
    at_[item] = static_cast<int>(entries_.size());
    entries_.push_back(item);
  }
  void remove(int item) {
    if (at_[item] == none) return;
    entries_[at_[item]] = none;
    at_[item] = none;
    if (++struck_ > entries_.size() / 2) compact();
  }
  // The first waiting item, in order, that `board` can give a reservation; taken out if found.
  bool reserve_first(Board& board) {
    for (const int item : entries_)
      if (item != none && board.try_reserve(item)) {
        remove(item);
        return true;
      }
    return false;
  }

 private:
  void compact() {
    std::erase(entries_, none);
    for (std::size_t k = 0; k < entries_.size(); ++k) at_[entries_[k]] = static_cast<int>(k);
    struck_ = 0;
  }
  std::vector<int> entries_;  // items, or none where struck through
  std::vector<int> at_;       // item -> its entry, or none
  std::size_t struck_ = 0;
};

// The place for item x (its turn now): the earliest meeting where a place is free, can be freed
// by moving reservations, or (for a deadline item not needed to keep the count) taken from one.
int take_place(Board& board, int x, bool may_bump, Waiting& unreserved) {
  for (int m : meetings_of(board.c, x)) {
    if (!board.open(m)) continue;
    if (board.free(m) || board.make_room(std::span<const int>(&m, 1)) == m) return m;
    if (may_bump) {
      // The item bumped keeps its turn, and takes a place then if one is left.
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
  for (int i = 0; i < items; ++i)
    if (choices.deadline[i] && !board.try_reserve(i)) unreserved.add(i);
  std::vector<int> at(items, none);
  for (int x = 0; x < items; ++x) {
    bool may_bump = false;
    if (choices.deadline[x]) {
      // x is not needed to keep the count of deadlines met if it held no reservation, or if the
      // place it frees lets a deadline item without one in: then it may take a reservation's place.
      const bool held = board.reserved_at[x] != none;
      board.unreserve(x);
      unreserved.remove(x);
      may_bump = !held || unreserved.reserve_first(board);
    }
    at[x] = take_place(board, x, may_bump, unreserved);
    if (at[x] != none) board.take(at[x]);
  }
  return at;
}

}  // namespace agendad::planner
