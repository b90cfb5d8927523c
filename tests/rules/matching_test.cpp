// The planner's matching against exhaustive search on thousands of random small instances.
#include "planner/rules/matching.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <tuple>

namespace agendad::planner {
namespace {

struct Instance {
  std::vector<int> capacity;
  std::vector<std::vector<int>> eligible;  // per item, rank order
  std::vector<char> deadline = {};          // per item; empty: none has a deadline
};

Choices choices_of(const Instance& instance) {
  Choices choices;
  choices.capacity = instance.capacity;
  for (std::size_t i = 0; i < instance.eligible.size(); ++i)
    add_item(choices, instance.eligible[i], !instance.deadline.empty() && instance.deadline[i]);
  return choices;
}

// The objective, made comparable: most deadline items placed, then the lateness of each item in
// rank order (its meeting's position; the number of meetings when unplaced), compared
// lexicographically: the sum of lateness weighted so that each rank outweighs all below it.
std::pair<int, std::vector<int>> key(const Instance& instance, const std::vector<int>& assignment) {
  const int unplaced = static_cast<int>(instance.capacity.size());
  std::pair<int, std::vector<int>> k{0, {}};
  for (std::size_t i = 0; i < assignment.size(); ++i) {
    if (assignment[i] >= 0 && !instance.deadline.empty() && instance.deadline[i]) --k.first;
    k.second.push_back(assignment[i] < 0 ? unplaced : assignment[i]);
  }
  return k;
}

bool valid(const Instance& instance, const std::vector<int>& assignment) {
  std::vector<int> load(instance.capacity.size(), 0);
  for (std::size_t i = 0; i < assignment.size(); ++i) {
    if (assignment[i] < 0) continue;
    const auto& e = instance.eligible[i];
    if (std::find(e.begin(), e.end(), assignment[i]) == e.end()) return false;
    if (++load[assignment[i]] > instance.capacity[assignment[i]]) return false;
  }
  return true;
}

std::pair<int, std::vector<int>> best_by_exhaustive_search(const Instance& instance) {
  std::vector<int> assignment(instance.eligible.size(), -1);
  std::optional<std::pair<int, std::vector<int>>> best;
  auto visit = [&](auto& self, std::size_t i) -> void {
    if (i == assignment.size()) {
      if (!valid(instance, assignment)) return;
      auto k = key(instance, assignment);
      if (!best || k < *best) best = k;
      return;
    }
    assignment[i] = -1;
    self(self, i + 1);
    for (int m : instance.eligible[i]) {
      assignment[i] = m;
      self(self, i + 1);
    }
    assignment[i] = -1;
  };
  visit(visit, 0);
  return *best;
}

Instance random_instance(std::mt19937& random, bool intervals) {
  auto uniform = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(random); };
  Instance instance;
  const int meetings = uniform(1, 5), items = uniform(1, 6);
  for (int m = 0; m < meetings; ++m) instance.capacity.push_back(uniform(0, 2));
  for (int i = 0; i < items; ++i) {
    std::vector<int> eligible;
    if (intervals) {
      int from = uniform(0, meetings - 1), to = uniform(from - 1, meetings - 1);
      for (int m = from; m <= to; ++m) eligible.push_back(m);
    } else {
      for (int m = 0; m < meetings; ++m)
        if (uniform(0, 2) == 0) eligible.push_back(m);
    }
    instance.eligible.push_back(eligible);
    instance.deadline.push_back(uniform(0, 2) == 0);
  }
  return instance;
}

void expect_optimal(const Instance& instance, int seed) {
  auto assignment = assign(choices_of(instance));
  ASSERT_EQ(assignment.size(), instance.eligible.size());
  ASSERT_TRUE(valid(instance, assignment)) << "seed " << seed;
  EXPECT_EQ(key(instance, assignment), best_by_exhaustive_search(instance)) << "seed " << seed;
}

TEST(Matching, MatchesExhaustiveSearchOnIntervals) {
  for (int seed = 0; seed < 3000; ++seed) {
    std::mt19937 random(seed);
    expect_optimal(random_instance(random, true), seed);
  }
}

TEST(Matching, MatchesExhaustiveSearchWithHoles) {
  // Blackouts for some kinds of item cut holes in their run of meetings.
  for (int seed = 0; seed < 3000; ++seed) {
    std::mt19937 random(100000 + seed);
    expect_optimal(random_instance(random, false), seed);
  }
}

// Metamorphic: an item moved up the ranking (scored higher) never gets a later meeting.
TEST(Matching, RankingHigherNeverMeansALaterMeeting) {
  for (int seed = 0; seed < 3000; ++seed) {
    std::mt19937 random(200000 + seed);
    Instance instance = random_instance(random, seed % 2 == 0);
    const int items = static_cast<int>(instance.eligible.size());
    if (items < 2) continue;
    const int from = std::uniform_int_distribution<int>(1, items - 1)(random);
    const int to = std::uniform_int_distribution<int>(0, from - 1)(random);
    const int unplaced = static_cast<int>(instance.capacity.size());
    auto lateness = [&](int m) { return m < 0 ? unplaced : m; };
    const int before = lateness(assign(choices_of(instance))[from]);
    std::rotate(instance.eligible.begin() + to, instance.eligible.begin() + from, instance.eligible.begin() + from + 1);
    std::rotate(instance.deadline.begin() + to, instance.deadline.begin() + from, instance.deadline.begin() + from + 1);
    EXPECT_LE(lateness(assign(choices_of(instance))[to]), before) << "seed " << seed;
  }
}

TEST(Matching, TheHigherRankTakesTheEarlierMeeting) {
  // Item 0 could wait for meeting 1, but it outranks item 1: a chair gives it the first place.
  Instance instance{{1, 1}, {{0, 1}, {0}}};
  EXPECT_EQ(assign(choices_of(instance)), (std::vector<int>{0, 1 - 2}));
}

TEST(Matching, ADeadlineIsMetBeforeRankDecides) {
  // Item 1 must be placed at meeting 0 to meet its deadline; item 0 has none and waits.
  Instance instance{{1, 1}, {{0, 1}, {0}}, {0, 1}};
  EXPECT_EQ(assign(choices_of(instance)), (std::vector<int>{1, 0}));
}

TEST(Matching, HigherRankWinsTheLastPlace) {
  Instance instance{{1}, {{0}, {0}}};
  EXPECT_EQ(assign(choices_of(instance)), (std::vector<int>{0, -1}));
}

}  // namespace
}  // namespace agendad::planner
