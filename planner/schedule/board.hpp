#pragma once
// The meetings placed so far, by day, and the hard rules between two meetings: one room, one
// member or advisor, one body a day, and a feeding body's working days before the body it feeds.
#include <vector>

#include "planner/schedule/problem.hpp"

namespace agendad::planner {

enum class Clash { none, same_body, room, member, advisor, feeds };

struct Block {
  Clash clash = Clash::none;
  int placement = -1;  // the meeting in the way
  explicit operator bool() const { return clash != Clash::none; }
};

struct Choice {
  int day = 0;
  int start = 0;  // minutes since midnight
  int room = 0;
  bool operator==(const Choice&) const = default;
};

class Board {
 public:
  explicit Board(const Problem& problem);  // with the fixed meetings in place
  // With only the fixed meetings from first_day to last_day: a search confined to a few weeks of a
  // long grid need not copy the rest.
  Board(const Problem& problem, int first_day, int last_day);

  // The first placed meeting that forbids this one, if any.
  Block blocker(int body, int day, int start, int room) const;
  // Other meetings the body's advisor clerks that day (a soft goal: one a day), by placement id.
  std::vector<int> advisor_meetings(int body, int day, int ignore = -1) const;
  int advisor_load(int body, int day, int ignore = -1) const {
    return static_cast<int>(advisor_meetings(body, day, ignore).size());
  }
  int id_of(int slot) const { return static_cast<int>(fixed_) + slot; }

  void place(int slot, Choice choice);
  void remove(int slot);
  bool placed(int slot) const { return active_[fixed_ + static_cast<std::size_t>(slot)]; }
  Choice choice(int slot) const;
  const Placement& placement(int id) const { return placements_[static_cast<std::size_t>(id)]; }
  int end_of(int body, int start) const;

 private:
  bool in_window(int body, int other_body, int day, int other_day) const;

  const Problem& problem_;
  std::size_t fixed_ = 0;
  std::vector<Placement> placements_;  // fixed meetings, then one per slot
  std::vector<bool> active_;
  std::vector<std::vector<int>> on_day_;
};

}  // namespace agendad::planner
