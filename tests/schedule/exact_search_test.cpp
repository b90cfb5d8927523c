// The scheduler against an exact search on many small random instances: whenever some calendar
// keeps every hard rule, the scheduler finds one (and what it finds keeps them); when none does,
// it says so. The exact search knows nothing of the scheduler: it tries every set of days, starts
// and rooms and asks hard_violations.
#include <gtest/gtest.h>

#include <random>

#include "planner/schedule/schedule.hpp"
#include "planner/schedule/validate.hpp"
#include "tests/schedule/fixtures.hpp"

namespace agendad::planner {
namespace {
using namespace agendad::testing;

struct Instance {
  Programme programme;
  MunicipalYear span;
  ScheduleOptions options;
};

Instance random_instance(std::mt19937& random) {
  auto pick = [&](int low, int high) { return std::uniform_int_distribution<int>(low, high)(random); };
  Instance instance;
  // Easter week 2026, Good Friday and Easter Monday included: four working days, so that the
  // rules bite often enough for impossible instances to be common.
  instance.span = {"test", 2026y / March / 30d, 2026y / April / 7d};
  instance.options.alternative_starts = {{10, 0}, {11, 0}};
  std::vector<std::string> people{"Read", "Alam", "Cusworth", "Baker"};
  std::vector<std::string> advisors{"Aucott", "Hill"};
  int bodies = pick(2, 3);
  std::vector<Committee> committees;
  for (int b = 0; b < bodies; ++b) {
    std::vector<std::string> members;
    for (const auto& person : people)
      if (pick(0, 1) == 0) members.push_back(person);
    std::vector<weekday> days{weekday{static_cast<unsigned>(pick(1, 5))}};
    WallTime start = instance.options.alternative_starts[static_cast<std::size_t>(pick(0, 1))];
    committees.push_back(committee("b" + std::to_string(b), "Body " + std::to_string(b), members,
                                   advisors[static_cast<std::size_t>(pick(0, 1))], pick(0, 1) ? "town-hall" : "riverside",
                                   pattern(days, start, b < 2 ? pick(1, 2) : 1, std::nullopt)));
  }
  if (pick(0, 1)) {
    committees[0].pattern->feeds = {"b1"};
    committees[0].pattern->working_days_before_fed_body = pick(1, 3);
  }
  instance.programme = programme_with(committees);
  if (pick(0, 1)) instance.programme.venues.resize(1);
  for (auto& c : instance.programme.committees) c.venue = instance.programme.venues[static_cast<std::size_t>(pick(0, static_cast<int>(instance.programme.venues.size()) - 1))].id;
  if (pick(0, 2) == 0) {
    Date from = add_days(instance.span.first, pick(0, 8));
    instance.programme.council.rules.blackouts.push_back({from, add_days(from, pick(0, 2)), "the pre-election period", {}, {}});
  }
  return instance;
}

// Every way to give each body its meetings on distinct days, at any start and in any room.
class Exact {
 public:
  explicit Exact(const Instance& instance) : instance_(instance) {
    for (Date day = instance.span.first; day <= instance.span.last; day = add_days(day, 1)) days_.push_back(day);
  }
  bool feasible() { return place(0, 0, 0); }

 private:
  bool fits(const Meeting& m) {
    meetings_.push_back(m);
    bool ok = hard_violations(instance_.programme, calendar(), meetings_).empty();
    meetings_.pop_back();
    return ok;
  }

  // Forward check: the body being placed, and each body still to come, has enough days left on
  // which one more meeting fits.
  bool still_possible(std::size_t body, int placed, std::size_t from_day) {
    const auto& committees = instance_.programme.committees;
    for (std::size_t b = body; b < committees.size(); ++b) {
      int open = 0;
      for (std::size_t d = b == body ? from_day : 0; d < days_.size(); ++d) {
        Date day = days_[d];
        bool any = false;
        for (const WallTime& start : instance_.options.alternative_starts)
          for (const Venue& venue : instance_.programme.venues)
            any = any || fits(fixed_meeting(committees[b].id, day, start, venue.id));
        open += any;
      }
      if (open < *committees[b].pattern->meetings_per_year - (b == body ? placed : 0)) return false;
    }
    return true;
  }

  bool place(std::size_t body, int placed, std::size_t from_day) {
    const auto& committees = instance_.programme.committees;
    if (body == committees.size()) return true;
    if (!still_possible(body, placed, from_day)) return false;
    const Committee& c = committees[body];
    if (placed == *c.pattern->meetings_per_year) return place(body + 1, 0, 0);
    for (std::size_t d = from_day; d < days_.size(); ++d)
      for (const WallTime& start : instance_.options.alternative_starts)
        for (const Venue& venue : instance_.programme.venues) {
          Meeting m = fixed_meeting(c.id, days_[d], start, venue.id);
          meetings_.push_back(m);
          if (hard_violations(instance_.programme, calendar(), meetings_).empty() && place(body, placed + 1, d + 1))
            return true;
          meetings_.pop_back();
        }
    return false;
  }

  const Instance& instance_;
  std::vector<Date> days_;
  std::vector<Meeting> meetings_;
};

TEST(ExactSearch, TheSchedulerFindsACalendarWheneverOneExists) {
  std::mt19937 random(20250305);
  int feasible = 0, infeasible = 0;
  for (int round = 0; round < 200; ++round) {
    Instance instance = random_instance(random);
    bool exists = Exact(instance).feasible();
    auto proposal = propose_calendar(instance.programme, calendar(), instance.span, std::nullopt, instance.options);
    ASSERT_TRUE(proposal) << format_line(proposal.error().front());
    ASSERT_EQ(proposal->clash_free(), exists) << "instance " << round;
    if (exists) {
      ++feasible;
      std::vector<Meeting> all;
      for (const auto& p : proposal->proposed) all.push_back(p.meeting);
      EXPECT_TRUE(hard_violations(instance.programme, calendar(), all).empty()) << "instance " << round;
    } else {
      ++infeasible;
      EXPECT_TRUE(proposal->proved_infeasible) << "instance " << round;
    }
  }
  // Both kinds of instance occur, or the comparison proves little.
  EXPECT_GT(feasible, 100);
  EXPECT_GT(infeasible, 10);
}

}  // namespace
}  // namespace agendad::planner
