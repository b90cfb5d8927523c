// Members, advisors and rooms shared across bodies: no one is due at two overlapping meetings.
#include <gtest/gtest.h>

#include <map>

#include "planner/schedule/schedule.hpp"
#include "planner/schedule/validate.hpp"
#include "tests/schedule/fixtures.hpp"

namespace agendad::planner {
namespace {
using namespace agendad::testing;

// Two bodies asking for exactly the same Tuesdays at 10.00 a.m.
Committee twin(std::string id, std::string name, std::vector<std::string> members, std::string advisor,
               std::string room) {
  return committee(std::move(id), std::move(name), std::move(members), std::move(advisor), std::move(room),
                   pattern({Tuesday}, {10, 0}, 8, std::nullopt, {August}));
}

std::vector<Meeting> meetings_of(const CalendarProposal& proposal) {
  std::vector<Meeting> all;
  for (const auto& p : proposal.proposed) all.push_back(p.meeting);
  return all;
}

const ProposedMeeting& moved(const CalendarProposal& proposal) {
  for (const auto& p : proposal.proposed)
    if (!p.given_up.empty() || p.reason.find(" moved to ") != std::string::npos) return p;
  throw std::logic_error("nothing moved");
}

TEST(Clashes, AMemberOnTwoBodiesIsNeverDueAtTwoMeetingsAtOnce) {
  Programme programme = programme_with({twin("cabinet", "Cabinet", {"Read", "Alam"}, "Ann Advisor", "town-hall"),
                                        twin("ilsc", "Improving Lives Select Commission", {"Pitchley", "Read"},
                                             "Natasha Aucott", "riverside")});
  auto proposal = propose_calendar(programme, calendar(), *parse_municipal_year("2025/26"));
  ASSERT_TRUE(proposal);
  ASSERT_TRUE(proposal->clash_free());
  EXPECT_EQ(proposal->proposed.size(), 16u);
  EXPECT_TRUE(hard_violations(programme, calendar(), meetings_of(*proposal)).empty());
  const auto& p = moved(*proposal);
  EXPECT_NE(p.reason.find("Councillor Read sits on "), std::string::npos) << p.reason;
  EXPECT_NE(p.reason.find(", which meets at 10.00 a.m. that day"), std::string::npos) << p.reason;
}

TEST(Clashes, AnAdvisorClerksOneMeetingAtATime) {
  Programme programme = programme_with({twin("osmb", "OSMB", {"A"}, "Natasha Aucott", "town-hall"),
                                        twin("ilsc", "Improving Lives Select Commission", {"B"}, "Natasha Aucott",
                                             "riverside")});
  auto proposal = propose_calendar(programme, calendar(), *parse_municipal_year("2025/26"));
  ASSERT_TRUE(proposal);
  ASSERT_TRUE(proposal->clash_free());
  EXPECT_TRUE(hard_violations(programme, calendar(), meetings_of(*proposal)).empty());
  // Each keeps its Tuesday at 10.00: another day costs less than a second meeting for the advisor.
  for (const auto& p : proposal->proposed) EXPECT_EQ(weekday_of(p.meeting.date), Tuesday) << p.reason;
  EXPECT_NE(moved(*proposal).reason.find("Natasha Aucott, its governance advisor, clerks OSMB at 10.00 a.m. that day"),
            std::string::npos)
      << moved(*proposal).reason;
}

TEST(Clashes, AnAdvisorsSecondMeetingOfADayIsASoftGoalGivenUpAndSaidSo) {
  // The same advisor, mornings and afternoons: no overlap, so both may meet on one Tuesday, but
  // a second meeting that day for the advisor costs something, and both meetings report it.
  Committee morning = twin("osmb", "OSMB", {"A"}, "Natasha Aucott", "town-hall");
  Committee afternoon = twin("ilsc", "Improving Lives Select Commission", {"B"}, "Natasha Aucott", "riverside");
  afternoon.pattern->start = WallTime{14, 0};
  auto proposal = propose_calendar(programme_with({morning, afternoon}), calendar(), *parse_municipal_year("2025/26"));
  ASSERT_TRUE(proposal);
  ASSERT_TRUE(proposal->clash_free());
  int reported = 0;
  for (const auto& p : proposal->proposed)
    for (const auto& g : p.given_up)
      if (g.goal == SoftGoal::advisor_one_a_day) {
        ++reported;
        EXPECT_EQ(g.reason, "Natasha Aucott clerks 2 meetings that day");
        EXPECT_EQ(g.cost, SoftWeights{}.advisor_twice_a_day);
      }
  std::map<Date, int> per_day;
  for (const auto& p : proposal->proposed) ++per_day[p.meeting.date];
  int shared = 0;
  for (const auto& [day, count] : per_day) shared += count == 2;
  EXPECT_GE(shared, 1);  // where the evenly spaced date falls on the Tuesday, sharing costs least
  EXPECT_EQ(reported, 2 * shared);
}

TEST(Clashes, OneRoomHoldsOneMeetingAtATime) {
  Programme programme = programme_with({twin("cabinet", "Cabinet", {"A"}, "X", "town-hall"),
                                        twin("ilsc", "Improving Lives Select Commission", {"B"}, "Y", "town-hall")});
  auto proposal = propose_calendar(programme, calendar(), *parse_municipal_year("2025/26"));
  ASSERT_TRUE(proposal);
  ASSERT_TRUE(proposal->clash_free());
  EXPECT_TRUE(hard_violations(programme, calendar(), meetings_of(*proposal)).empty());
  // Nobody is shared, so the cheapest way out is another room the same morning.
  const auto& p = moved(*proposal);
  EXPECT_NE(p.reason.find("Rotherham Town Hall is taken by"), std::string::npos) << p.reason;
  ASSERT_EQ(p.given_up.size(), 1u);
  EXPECT_EQ(p.given_up.front().goal, SoftGoal::room);
  EXPECT_EQ(p.given_up.front().reason, "meets in Riverside House, not Rotherham Town Hall");
}

TEST(Clashes, AMeetingAlreadyFixedIsKeptAndWorkedAround) {
  Programme programme = programme_with(
      {committee("cabinet", "Cabinet", {"Read"}, "X", "town-hall", std::nullopt),
       twin("ilsc", "Improving Lives Select Commission", {"Pitchley", "Read"}, "Natasha Aucott", "town-hall")});
  // Every Tuesday of the year at 10.00 is Cabinet's: the commission must go elsewhere in the week.
  for (Date day = 2025y / May / 6d; day < 2026y / May / 1d; day = add_days(day, 7))
    programme.meetings.push_back(fixed_meeting("cabinet", day, {10, 0}, "town-hall"));
  auto proposal = propose_calendar(programme, calendar(), *parse_municipal_year("2025/26"));
  ASSERT_TRUE(proposal);
  ASSERT_TRUE(proposal->clash_free());
  std::vector<Meeting> all = programme.meetings;
  for (const auto& m : meetings_of(*proposal)) all.push_back(m);
  EXPECT_TRUE(hard_violations(programme, calendar(), all).empty());
  for (const auto& p : proposal->proposed) {
    bool elsewhere = weekday_of(p.meeting.date) != Tuesday || p.meeting.start != WallTime{10, 0};
    EXPECT_TRUE(elsewhere) << p.meeting.id;
  }
}

}  // namespace
}  // namespace agendad::planner
