#include "planner/schedule/explain.hpp"

#include <algorithm>
#include <cstdlib>
#include <map>

namespace agendad::planner {
namespace {

std::string clock(int minutes) { return agenda_time(WallTime{minutes / 60, minutes % 60}); }

const BodyInfo& body_at(const Problem& problem, int body) { return problem.bodies[static_cast<std::size_t>(body)]; }

std::string common_member(const Problem& problem, int a, int b) {
  const auto& x = body_at(problem, a).members;
  const auto& y = body_at(problem, b).members;
  std::vector<int> common;
  std::set_intersection(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(common));
  if (common.empty()) return "";
  std::string text = "Councillor " + problem.people[static_cast<std::size_t>(common.front())];
  if (common.size() == 2) text += " and one other member";
  if (common.size() > 2) text += " and " + std::to_string(common.size() - 1) + " other members";
  return text;
}

std::string clash_sentence(const Problem& problem, const Board& board, int body, Block block) {
  const Placement& other = board.placement(block.placement);
  const BodyInfo& them = body_at(problem, other.body);
  const BodyInfo& us = body_at(problem, body);
  std::string when = clock(other.start);
  switch (block.clash) {
    case Clash::same_body: return us.name + " already meets that day";
    case Clash::room:
      return room_name(problem, other.room) + " is taken by " + them.name + " at " + when + " that day";
    case Clash::advisor:
      return problem.people[static_cast<std::size_t>(us.advisor)] + ", its governance advisor, clerks " + them.name +
             " at " + when + " that day";
    case Clash::member: {
      std::string who = common_member(problem, body, other.body);
      bool plural = who.find(" other member") != std::string::npos;
      return who + (plural ? " sit on " : " sits on ") + them.name + ", which meets at " + when + " that day";
    }
    case Clash::feeds: {
      std::string on = day_month_year(problem.grid.date(other.day));
      const auto& feeds = us.feeds;
      if (std::find(feeds.begin(), feeds.end(), other.body) != feeds.end())
        return us.name + " must meet at least " + std::to_string(us.feed_working_days) + " working days before " +
               them.name + ", which meets on " + on;
      return them.name + " must meet at least " + std::to_string(them.feed_working_days) +
             " working days before " + us.name + ", and meets on " + on;
    }
    case Clash::none: break;
  }
  return "";
}

// The choice the body would make if nothing stood in the way: its weekday nearest the evenly
// spaced date (the earlier on a tie), its start and its room.
Choice first_choice(const Problem& problem, const Slot& slot) {
  const BodyInfo& body = body_at(problem, slot.body);
  int best = slot.ideal;
  for (int distance = 0; distance < 7; ++distance) {
    int earlier = slot.ideal - distance, later = slot.ideal + distance;
    auto preferred = [&](int day) {
      return day >= 0 && day < problem.grid.size() &&
             body.weekday_preferred[weekday_of(problem.grid.date(day)).c_encoding()];
    };
    if (preferred(earlier)) { best = earlier; break; }
    if (preferred(later)) { best = later; break; }
  }
  return {best, body.start, body.room};
}

std::string describe_choice(const Problem& problem, Choice choice) {
  return long_date(problem.grid.date(choice.day)) + " at " + clock(choice.start) + " in " +
         room_name(problem, choice.room);
}

// "30 September 2025 moved to 7 October 2025", naming only what changed.
std::string move_words(const Problem& problem, Choice from, Choice to) {
  std::string from_words = day_month_year(problem.grid.date(from.day));
  std::string to_words = day_month_year(problem.grid.date(to.day));
  if (from.day == to.day) from_words = to_words = "";
  auto add = [](std::string& text, const std::string& more) { text += (text.empty() ? "" : ", ") + more; };
  if (from.start != to.start) { add(from_words, clock(from.start)); add(to_words, clock(to.start)); }
  if (from.room != to.room) { add(from_words, room_name(problem, from.room)); add(to_words, room_name(problem, to.room)); }
  return from_words + " moved to " + to_words;
}

}  // namespace

std::string room_name(const Problem& problem, int room) {
  if (room < 0) return "no known room";
  const std::string& id = problem.rooms[static_cast<std::size_t>(room)];
  const Venue* venue = problem.programme->venue(id);
  return venue && !venue->name.empty() ? venue->name : id;
}

std::string why_not_here(const Problem& problem, const Board& board, int body, Choice choice) {
  std::string unavailable = problem.unavailable(body, choice.day);
  std::string date = day_month_year(problem.grid.date(choice.day));
  if (!unavailable.empty()) {
    if (!problem.grid.working(choice.day) && problem.grid.bank_holiday(choice.day)) return date + " is a bank holiday";
    if (!problem.grid.working(choice.day)) return date + " is " + unavailable;
    return date + ": " + unavailable;
  }
  Block block = board.blocker(body, choice.day, choice.start, choice.room);
  return block ? clash_sentence(problem, board, body, block) : "";
}

std::string reason_for(const Problem& problem, const Board& board, int slot, Choice choice) {
  const Slot& s = problem.slots[static_cast<std::size_t>(slot)];
  Choice first = first_choice(problem, s);
  const BodyInfo& body = body_at(problem, s.body);
  if (first == choice)
    return describe_choice(problem, choice) + ": its " + weekday_name(weekday_of(problem.grid.date(choice.day))) +
           " nearest the evenly spaced date, " + day_month_year(problem.grid.date(s.ideal));
  std::string why = why_not_here(problem, board, s.body, first);
  if (why.empty()) {
    std::vector<int> others = board.advisor_meetings(s.body, first.day);
    why = others.empty() ? "the other meetings leave a cheaper choice here"
                         : problem.people[static_cast<std::size_t>(body.advisor)] + " already clerks " +
                               body_at(problem, board.placement(others.front()).body).name + " at " +
                               clock(board.placement(others.front()).start) + " that day";
  }
  return move_words(problem, first, choice) + ": " + why;
}

std::vector<GivenUp> given_up_by(const Problem& problem, const Board& board, int slot, Choice choice) {
  const Slot& s = problem.slots[static_cast<std::size_t>(slot)];
  const BodyInfo& body = body_at(problem, s.body);
  const SoftWeights& w = problem.options.weights;
  std::vector<GivenUp> given;
  int distance = std::abs(choice.day - s.ideal);
  if (distance >= 7)
    given.push_back({SoftGoal::spacing, distance * w.spacing_per_day,
                     std::to_string(distance) + " days from its evenly spaced date, " +
                         day_month_year(problem.grid.date(s.ideal))});
  auto weekday = weekday_of(problem.grid.date(choice.day));
  if (!body.weekday_preferred[weekday.c_encoding()]) {
    std::string usual;
    for (unsigned d = 1; d <= 7; ++d)
      if (body.weekday_preferred[d % 7]) usual += (usual.empty() ? "" : " or ") + weekday_name(std::chrono::weekday{d % 7});
    given.push_back({SoftGoal::weekday, w.other_weekday, "meets on " + weekday_name(weekday) + ", not " + usual});
  }
  if (choice.start != body.start)
    given.push_back({SoftGoal::start, w.other_start, "starts at " + clock(choice.start) + ", not " + clock(body.start)});
  if (choice.room != body.room)
    given.push_back({SoftGoal::room, w.other_room,
                     "meets in " + room_name(problem, choice.room) + ", not " + room_name(problem, body.room)});
  if (int load = board.advisor_load(s.body, choice.day); load > 0)
    given.push_back({SoftGoal::advisor_one_a_day, load * w.advisor_twice_a_day,
                     problem.people[static_cast<std::size_t>(body.advisor)] + " clerks " + std::to_string(load + 1) +
                         " meetings that day"});
  if (problem.clear_days_hit_holiday[static_cast<std::size_t>(choice.day)])
    given.push_back({SoftGoal::clear_days, w.bank_holiday_in_clear_days,
                     "a bank holiday falls in the " + std::to_string(problem.clear_days) +
                         " clear working days before it, so its agenda must go out earlier"});
  return given;
}

UnplacedMeeting explain_unplaced(const Problem& problem, const Board& board, int slot, int of) {
  const Slot& s = problem.slots[static_cast<std::size_t>(slot)];
  const BodyInfo& body = body_at(problem, s.body);
  std::map<std::string, int> days_out;  // rule -> days it rules out entirely
  std::map<std::string, int> choices_out;
  std::map<std::string, std::string> example;
  int total = 0;
  for (int day = problem.first_day; day <= problem.last_day; ++day) {
    std::string unavailable = problem.unavailable(s.body, day);
    if (!unavailable.empty()) {
      std::string rule = !problem.grid.working(day)          ? "weekends, bank holidays and closures"
                         : unavailable.starts_with("too soon") ? "publication"
                         : problem.blackout[static_cast<std::size_t>(day)] ? "blackout"
                                                                           : "months without meetings";
      ++days_out[rule];
      continue;
    }
    for (int start : problem.starts_for(s.body))
      for (int room : problem.rooms_for(s.body)) {
        ++total;
        Block block = board.blocker(s.body, day, start, room);
        if (!block) continue;  // cannot happen for a slot the search gave up on, unless cut off
        static const char* names[] = {"none", "one meeting a day", "room", "member", "advisor", "feeds"};
        std::string rule = names[static_cast<int>(block.clash)];
        if (++choices_out[rule] == 1) example[rule] = clash_sentence(problem, board, s.body, block);
      }
  }
  UnplacedMeeting unplaced;
  unplaced.committee = body.id;
  unplaced.number = s.number;
  unplaced.of = of;
  unplaced.ideal = problem.grid.date(s.ideal);
  std::string text = body.name + ": meeting " + std::to_string(s.number) + " of " + std::to_string(of) +
                     " (evenly spaced date " + day_month_year(unplaced.ideal) +
                     ") cannot be placed without breaking a hard rule in " + problem.year.label + ":";
  std::string sep = " ";
  for (const auto& [rule, count] : days_out) {
    unplaced.rules.push_back(rule);
    text += sep;
    text += std::to_string(count) + " days ruled out by " + rule;
    sep = "; ";
  }
  for (const auto& [rule, count] : choices_out) {
    unplaced.rules.push_back(rule);
    text += sep;
    text += std::to_string(count) + " of " + std::to_string(total) + " remaining day, start and room choices by ";
    text += rule + " (" + example[rule] + ")";
    sep = "; ";
  }
  unplaced.reason = text;
  return unplaced;
}

}  // namespace agendad::planner
