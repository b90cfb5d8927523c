// The planner's matching against exhaustive search on thousands of random small instances.
#include "planner/rules/matching.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <tuple>

namespace agendad {
namespace {

struct Instance {
  std::vector<int> capacity;
  std::vector<std::vector<int>> eligible;  // per item, rank order
};

Choices choices_of(const Instance& instance) {
  Choices choices;
  choices.capacity = instance.capacity;
  for (const auto& meetings : instance.eligible) add_item(choices, meetings);
  return choices;
}

// The objective, made comparable: more placed, then the better placed set by rank (true before
// false at the first difference), then the lexicographically least sorted list of meetings used.
struct Score {
  int placed = 0;
  std::vector<int> by_rank;  // 1 placed, 0 not, negated below so that smaller is better
  std::vector<int> meetings;
  auto key() const { return std::make_tuple(-placed, by_rank, meetings); }
};

Score score(const std::vector<int>& assignment) {
  Score s;
  for (int m : assignment) {
    s.by_rank.push_back(m < 0 ? 0 : -1);
    if (m >= 0) {
      ++s.placed;
      s.meetings.push_back(m);
    }
  }
  std::sort(s.meetings.begin(), s.meetings.end());
  return s;
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

Score best_by_exhaustive_search(const Instance& instance) {
  std::vector<int> assignment(instance.eligible.size(), -1);
  std::optional<Score> best;
  auto visit = [&](auto& self, std::size_t i) -> void {
    if (i == assignment.size()) {
      if (!valid(instance, assignment)) return;
      Score s = score(assignment);
      if (!best || s.key() < best->key()) best = s;
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
  }
  return instance;
}

void expect_optimal(const Instance& instance, int seed) {
  auto assignment = assign(choices_of(instance));
  ASSERT_EQ(assignment.size(), instance.eligible.size());
  ASSERT_TRUE(valid(instance, assignment)) << "seed " << seed;
  Score ours = score(assignment), best = best_by_exhaustive_search(instance);
  EXPECT_EQ(ours.placed, best.placed) << "seed " << seed;
  EXPECT_EQ(ours.key(), best.key()) << "seed " << seed;
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

TEST(Matching, EarliestDeadlineAloneWouldFailHere) {
  // Meeting 1 is barred to item 0 (a blackout): taking item 1 at meeting 0 first would strand
  // item 0; the planner places all three.
  Instance instance{{1, 1, 1}, {{0, 2}, {0, 1, 2}, {2}}};
  auto assignment = assign(choices_of(instance));
  EXPECT_EQ(assignment, (std::vector<int>{0, 1, 2}));
}

TEST(Matching, HigherRankWinsTheLastPlace) {
  Instance instance{{1}, {{0}, {0}}};
  EXPECT_EQ(assign(choices_of(instance)), (std::vector<int>{0, -1}));
}

TEST(Matching, EarlierMeetingsWhenNothingElseDecides) {
  Instance instance{{1, 1, 1}, {{0, 1, 2}, {1, 2}}};
  EXPECT_EQ(assign(choices_of(instance)), (std::vector<int>{0, 1}));
}

}  // namespace
}  // namespace agendad
