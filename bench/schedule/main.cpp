// bench_schedule: proposes a year's calendar for a generated council of 60 bodies, 15 rooms,
// 8 governance advisors and 120 members sitting on 2 to 5 bodies each, and times it.
//   bench_schedule [SEEDS] [crowded]   runs seeds 1..SEEDS (default 5), one line each
// "crowded": every body but Cabinet and Council asks for 10.00 a.m. on a Tuesday or Wednesday in
// one of three rooms, so that most first choices clash.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>

#include "planner/schedule/schedule.hpp"
#include "planner/schedule/validate.hpp"

namespace agendad::planner {
namespace {
using namespace std::chrono;

// England and Wales bank holidays of 2025/26 (GOV.UK, shared/data/ics).
PlanningCalendar bank_holidays() {
  return {{2025y / May / 5d, 2025y / May / 26d, 2025y / August / 25d, 2025y / December / 25d, 2025y / December / 26d,
           2026y / January / 1d, 2026y / April / 3d, 2026y / April / 6d},
          {}};
}

// Body 0 is Cabinet (monthly, Mondays); body 1 full Council (seven a year, Wednesday afternoons);
// the rest meet every 4 to 8 weeks on a weekday and at a start drawn at random, none in August,
// and one in four feeds Cabinet by 3 to 5 working days.
Programme generate(unsigned seed, bool crowded) {
  std::mt19937 random(seed);
  auto pick = [&](int low, int high) { return std::uniform_int_distribution<int>(low, high)(random); };
  Programme programme;
  for (int r = 0; r < 15; ++r) programme.venues.push_back({"room-" + std::to_string(r), "Room " + std::to_string(r), "", {}});
  const WallTime starts[] = {{10, 0}, {14, 0}, {18, 0}};
  for (int b = 0; b < 60; ++b) {
    Committee c;
    c.id = "body-" + std::to_string(b);
    c.name = b == 0 ? "Cabinet" : b == 1 ? "Council" : "Body " + std::to_string(b);
    c.governance_advisor = "Advisor " + std::to_string(pick(0, 7));
    c.venue = programme.venues[static_cast<std::size_t>(pick(0, crowded ? 2 : 14))].id;
    MeetingPattern p;
    p.months_without_meetings = {August};
    if (b == 0) {
      p.weekdays = {Monday};
      p.start = starts[0];
      p.meetings_per_year = 11;
    } else if (b == 1) {
      p.weekdays = {Wednesday};
      p.start = starts[1];
      p.meetings_per_year = 7;
    } else {
      p.weekdays = {weekday{static_cast<unsigned>(crowded ? pick(2, 3) : pick(1, 5))}};
      p.start = starts[crowded ? 0 : pick(0, 2)];
      p.gap_weeks = pick(4, 8);
      if (pick(0, 3) == 0) {
        p.feeds = {"body-0"};
        p.working_days_before_fed_body = pick(3, 5);
      }
    }
    c.pattern = p;
    programme.committees.push_back(std::move(c));
  }
  for (int m = 0; m < 120; ++m) {
    int seats = pick(2, 5);
    for (int s = 0; s < seats; ++s) {
      auto& members = programme.committees[static_cast<std::size_t>(pick(0, 59))].members;
      std::string name = "Member " + std::to_string(m);
      bool already = false;
      for (const auto& member : members) already = already || member.name == name;
      if (!already) members.push_back({name, "", MemberRole::member});
    }
  }
  return programme;
}

}  // namespace
}  // namespace agendad::planner

int main(int argc, char** argv) {
  using namespace agendad::planner;
  int seeds = argc > 1 ? std::atoi(argv[1]) : 5;
  bool crowded = argc > 2 && std::string(argv[2]) == "crowded";
  MunicipalYear year = *parse_municipal_year("2025/26");
  PlanningCalendar calendar = bank_holidays();
  std::printf("seed  meetings  unplaced  soft-cost  given-up  checks     seconds  hard-violations\n");
  for (int seed = 1; seed <= seeds; ++seed) {
    Programme programme = generate(static_cast<unsigned>(seed), crowded);
    auto started = std::chrono::steady_clock::now();
    auto proposal = propose_calendar(programme, calendar, year);
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    if (!proposal) {
      std::printf("seed %d: %s\n", seed, format_line(proposal.error().front()).c_str());
      return 1;
    }
    std::vector<Meeting> meetings;
    std::size_t given_up = 0;
    for (const auto& p : proposal->proposed) {
      meetings.push_back(p.meeting);
      given_up += p.given_up.size();
    }
    std::size_t violations = hard_violations(programme, calendar, meetings).size();
    std::printf("%4d  %8zu  %8zu  %9d  %8zu  %9ld  %7.3f  %zu\n", seed, proposal->proposed.size(),
                proposal->unplaced.size(), proposal->cost, given_up, proposal->checks, seconds, violations);
  }
  return 0;
}
