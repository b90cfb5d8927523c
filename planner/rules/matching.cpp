#include "planner/rules/matching.hpp"

#include <algorithm>

namespace agendad {
namespace {

constexpr int none = -1;

// Who sits where, with O(1) moves.
struct Seating {
  std::vector<int> at;                    // item -> meeting or none
  std::vector<std::vector<int>> seated;   // meeting -> items
  std::vector<std::size_t> slot;          // item -> its index in seated[at[item]]

  Seating(std::size_t items, std::size_t meetings) : at(items, none), seated(meetings), slot(items, 0) {}

  void move(int item, int meeting) {
    if (int old = at[item]; old != none) {
      auto& row = seated[old];
      int last = row.back();
      row[slot[item]] = last;
      slot[last] = slot[item];
      row.pop_back();
    }
    at[item] = meeting;
    slot[item] = seated[meeting].size();
    seated[meeting].push_back(item);
  }
};

std::span<const int> meetings_of(const Choices& c, int item) {
  return std::span<const int>(c.meetings).subspan(c.first[item], c.first[item + 1] - c.first[item]);
}

// Objectives 1 and 2: in rank order, admit each item for which an augmenting path makes room.
std::vector<char> select(const Choices& c) {
  const std::size_t items = item_count(c), meetings = c.capacity.size();
  Seating seating(items, meetings);
  std::vector<char> dead(meetings, 0), admitted(items, 0);
  std::vector<std::uint32_t> seen(meetings, 0);
  std::vector<int> reached_by(meetings, none);
  std::vector<int> queue, full, touched;
  std::uint32_t stamp = 0;
  for (int start = 0; start < static_cast<int>(items); ++start) {
    ++stamp;
    queue.assign(1, start);
    touched.clear();
    int room = none;
    for (std::size_t head = 0; head < queue.size() && room == none; ++head) {
      const int item = queue[head];
      full.clear();
      for (int m : meetings_of(c, item)) {
        if (dead[m] || seen[m] == stamp) continue;
        seen[m] = stamp;
        reached_by[m] = item;
        touched.push_back(m);
        if (static_cast<int>(seating.seated[m].size()) < c.capacity[m]) {
          room = m;
          break;
        }
        full.push_back(m);
      }
      if (room != none) break;
      for (int m : full) queue.insert(queue.end(), seating.seated[m].begin(), seating.seated[m].end());
    }
    if (room == none) {
      for (int m : touched) dead[m] = 1;
      continue;
    }
    // Shift along the path: each item moves into the place the previous one freed.
    for (int m = room, item = reached_by[m];;) {
      const int previous = seating.at[item];
      seating.move(item, m);
      if (previous == none) break;
      m = previous;
      item = reached_by[m];
    }
    admitted[start] = 1;
  }
  return admitted;
}

// Objective 3: fill the meetings in date order, each place taken if an augmenting path finds a
// chosen item for it. Each meeting lists its items earliest last chance first, which on interval
// instances is earliest-deadline-first and needs no augmenting at all.
std::vector<int> seat(const Choices& c, const std::vector<char>& chosen) {
  const std::size_t items = item_count(c), meetings = c.capacity.size();
  std::vector<std::uint32_t> first(meetings + 1, 0);
  for (std::size_t i = 0; i < items; ++i)
    if (chosen[i])
      for (int m : meetings_of(c, static_cast<int>(i))) ++first[m + 1];
  for (std::size_t m = 0; m < meetings; ++m) first[m + 1] += first[m];
  std::vector<int> candidates(first.back());
  {
    std::vector<std::uint32_t> fill(first.begin(), first.end() - 1);
    for (std::size_t i = 0; i < items; ++i)
      if (chosen[i])
        for (int m : meetings_of(c, static_cast<int>(i))) candidates[fill[m]++] = static_cast<int>(i);
  }
  auto last_chance = [&](int item) { return c.meetings[c.first[item + 1] - 1]; };
  for (std::size_t m = 0; m < meetings; ++m)
    std::sort(candidates.begin() + first[m], candidates.begin() + first[m + 1],
              [&](int a, int b) { return std::make_pair(last_chance(a), a) < std::make_pair(last_chance(b), b); });

  Seating seating(items, meetings);
  std::vector<char> dead_meeting(meetings, 0), dead_item(items, 0);
  std::vector<std::uint32_t> seen_meeting(meetings, 0), seen_item(items, 0);
  std::vector<int> came_from(items, none), entered_by(meetings, none);
  std::vector<int> queue, placed, touched;
  std::uint32_t stamp = 0;
  for (int target = 0; target < static_cast<int>(meetings); ++target) {
    while (!dead_meeting[target] && static_cast<int>(seating.seated[target].size()) < c.capacity[target]) {
      ++stamp;
      queue.assign(1, target);
      seen_meeting[target] = stamp;
      touched.clear();
      int free_item = none;
      for (std::size_t head = 0; head < queue.size() && free_item == none; ++head) {
        const int m = queue[head];
        placed.clear();
        for (std::uint32_t k = first[m]; k < first[m + 1]; ++k) {
          const int item = candidates[k];
          if (dead_item[item] || seen_item[item] == stamp) continue;
          seen_item[item] = stamp;
          touched.push_back(item);
          came_from[item] = m;
          if (seating.at[item] == none) {
            free_item = item;
            break;
          }
          placed.push_back(item);
        }
        if (free_item != none) break;
        for (int item : placed) {
          const int next = seating.at[item];
          if (dead_meeting[next] || seen_meeting[next] == stamp) continue;
          seen_meeting[next] = stamp;
          entered_by[next] = item;
          queue.push_back(next);
        }
      }
      if (free_item == none) {
        // Nothing reachable from here is free, now or later: retire what the search saw.
        for (int m : queue) dead_meeting[m] = 1;
        for (int item : touched) dead_item[item] = 1;
        break;
      }
      for (int item = free_item;;) {
        const int m = came_from[item];
        seating.move(item, m);
        if (m == target) break;
        item = entered_by[m];
      }
    }
  }
  return seating.at;
}

}  // namespace

void add_item(Choices& choices, std::span<const int> eligible_meetings) {
  choices.meetings.insert(choices.meetings.end(), eligible_meetings.begin(), eligible_meetings.end());
  choices.first.push_back(static_cast<std::uint32_t>(choices.meetings.size()));
}

std::size_t item_count(const Choices& choices) { return choices.first.size() - 1; }

std::vector<int> assign(const Choices& choices) { return seat(choices, select(choices)); }

}  // namespace agendad
