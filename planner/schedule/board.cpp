#include "planner/schedule/board.hpp"

#include <algorithm>

namespace agendad::planner {

Board::Board(const Problem& problem) : Board(problem, 0, problem.grid.size() - 1) {}

Board::Board(const Problem& problem, int first_day, int last_day)
    : problem_(problem), on_day_(static_cast<std::size_t>(problem.grid.size())) {
  for (const Placement& placement : problem.fixed)
    if (first_day <= placement.day && placement.day <= last_day) placements_.push_back(placement);
  fixed_ = placements_.size();
  active_.assign(fixed_, true);
  placements_.resize(fixed_ + problem.slots.size());
  active_.resize(placements_.size(), false);
  for (std::size_t i = 0; i < fixed_; ++i)
    on_day_[static_cast<std::size_t>(placements_[i].day)].push_back(static_cast<int>(i));
}

int Board::end_of(int body, int start) const {
  return start + problem_.bodies[static_cast<std::size_t>(body)].duration;
}

// Whether a meeting of `body` on `day` and one of `other_body` on `other_day` break the rule that a
// feeding body meets at least N working days before the next meeting of the body it feeds.
bool Board::in_window(int body, int other_body, int day, int other_day) const {
  const auto& bodies = problem_.bodies;
  auto feeds = [&](int feeder, int fed) {
    const auto& list = bodies[static_cast<std::size_t>(feeder)].feeds;
    return std::find(list.begin(), list.end(), fed) != list.end();
  };
  auto too_close = [&](int feeder, int feeder_day, int fed_day) {
    return feeder_day <= fed_day &&
           problem_.grid.working_days_between(feeder_day, fed_day) <
               bodies[static_cast<std::size_t>(feeder)].feed_working_days;
  };
  return (feeds(body, other_body) && too_close(body, day, other_day)) ||
         (feeds(other_body, body) && too_close(other_body, other_day, day));
}

Block Board::blocker(int body, int day, int start, int room) const {
  int end = end_of(body, start);
  const auto& shares = problem_.shares[static_cast<std::size_t>(body)];
  for (int id : on_day_[static_cast<std::size_t>(day)]) {
    const Placement& other = placements_[static_cast<std::size_t>(id)];
    if (other.body == body) return {Clash::same_body, id};
    if (!(start < other.end && other.start < end)) continue;
    if (room >= 0 && room == other.room) return {Clash::room, id};
    if (shares[static_cast<std::size_t>(other.body)]) {
      const BodyInfo& a = problem_.bodies[static_cast<std::size_t>(body)];
      const BodyInfo& b = problem_.bodies[static_cast<std::size_t>(other.body)];
      return {a.advisor >= 0 && a.advisor == b.advisor ? Clash::advisor : Clash::member, id};
    }
  }
  const BodyInfo& info = problem_.bodies[static_cast<std::size_t>(body)];
  int reach = info.feed_working_days;
  for (int feeder : info.fed_by)
    reach = std::max(reach, problem_.bodies[static_cast<std::size_t>(feeder)].feed_working_days);
  if (reach == 0) return {};
  // The window spans at most `reach` working days either side; weekends and holidays widen it in
  // calendar days, so walk until enough working days lie between.
  const DayGrid& grid = problem_.grid;
  for (int other_day = std::max(0, day - 1); other_day >= 0 && grid.working_days_between(other_day, day) < reach;
       --other_day)
    for (int id : on_day_[static_cast<std::size_t>(other_day)])
      if (in_window(body, placements_[static_cast<std::size_t>(id)].body, day, other_day)) return {Clash::feeds, id};
  for (int other_day = day; other_day < grid.size() && grid.working_days_between(day, other_day) < reach; ++other_day)
    for (int id : on_day_[static_cast<std::size_t>(other_day)])
      if (in_window(body, placements_[static_cast<std::size_t>(id)].body, day, other_day)) return {Clash::feeds, id};
  return {};
}

std::vector<int> Board::advisor_meetings(int body, int day, int ignore) const {
  std::vector<int> found;
  int advisor = problem_.bodies[static_cast<std::size_t>(body)].advisor;
  if (advisor < 0) return found;
  for (int id : on_day_[static_cast<std::size_t>(day)])
    if (id != ignore && problem_.bodies[static_cast<std::size_t>(placements_[static_cast<std::size_t>(id)].body)].advisor == advisor)
      found.push_back(id);
  return found;
}

void Board::place(int slot, Choice choice) {
  std::size_t id = fixed_ + static_cast<std::size_t>(slot);
  int body = problem_.slots[static_cast<std::size_t>(slot)].body;
  placements_[id] = {body, choice.day, choice.start, end_of(body, choice.start), choice.room, ""};
  active_[id] = true;
  on_day_[static_cast<std::size_t>(choice.day)].push_back(static_cast<int>(id));
}

void Board::remove(int slot) {
  std::size_t id = fixed_ + static_cast<std::size_t>(slot);
  auto& day = on_day_[static_cast<std::size_t>(placements_[id].day)];
  day.erase(std::find(day.begin(), day.end(), static_cast<int>(id)));
  active_[id] = false;
}

Choice Board::choice(int slot) const {
  const Placement& p = placements_[fixed_ + static_cast<std::size_t>(slot)];
  return {p.day, p.start, p.room};
}

}  // namespace agendad::planner
