// A committee with no pattern configured is scheduled from the pattern of its last municipal year,
// said with the meetings it came from; one none can be inferred for is named with the reason.
#include <gtest/gtest.h>

#include <algorithm>

#include "planner/schedule/schedule.hpp"
#include "tests/schedule/fixtures.hpp"

namespace agendad::planner {
namespace {
using namespace agendad::testing;

Programme two_committees_without_patterns() {
  Committee commission = ilsc();
  commission.pattern.reset();
  Committee health = committee("hsc", "Health Select Commission", {"Keenan", "Baum-Dixon"}, "Emily Bowden",
                               "riverside", std::nullopt);
  Programme programme = programme_with({commission, health});
  for (Date d : ilsc_2024_25()) programme.meetings.push_back(fixed_meeting("ilsc", d, {10, 0}, "town-hall"));
  for (Date d : {2024y / July / 4d, 2025y / January / 16d})
    programme.meetings.push_back(fixed_meeting("hsc", d, {14, 0}, "riverside"));
  return programme;
}

TEST(Unconfigured, ProposesFromTheInferredPatternAndNamesTheCommitteeItCannotInferFor) {
  auto proposal = propose_calendar(two_committees_without_patterns(), calendar(), *parse_municipal_year("2025/26"));
  ASSERT_TRUE(proposal) << format_line(proposal.error().front());
  ASSERT_TRUE(proposal->clash_free());
  ASSERT_EQ(proposal->proposed.size(), 8u);
  for (const auto& p : proposal->proposed) {
    EXPECT_EQ(p.meeting.committee, "ilsc");
    EXPECT_EQ(weekday_of(p.meeting.date), Tuesday) << p.meeting.id;
    EXPECT_EQ(p.meeting.start, (WallTime{10, 0}));
    EXPECT_EQ(p.meeting.venue, "town-hall");
    EXPECT_FALSE(bank_holidays().contains(p.meeting.date)) << p.meeting.id;
    EXPECT_NE(p.meeting.date.month(), May);
    EXPECT_NE(p.meeting.date.month(), August);
    EXPECT_TRUE(p.meeting.proposed);
    EXPECT_FALSE(p.meeting.confirmed);
  }
  ASSERT_EQ(proposal->unconfigured.size(), 2u);
  const UnconfiguredPattern& commission = proposal->unconfigured[0];
  EXPECT_EQ(commission.committee, "ilsc");
  ASSERT_TRUE(commission.inferred);
  EXPECT_EQ(commission.inferred->from, ilsc_2024_25());
  EXPECT_EQ(commission.explanation.rfind("no pattern configured; inferred from the 8 meetings of 2024/25 (18 June 2024, ", 0),
            0u)
      << commission.explanation;
  EXPECT_NE(commission.explanation.find("Tuesdays (all 8), at 10.00 a.m. (all 8), in Rotherham Town Hall"),
            std::string::npos)
      << commission.explanation;
  const UnconfiguredPattern& health = proposal->unconfigured[1];
  EXPECT_EQ(health.committee, "hsc");
  EXPECT_FALSE(health.inferred);
  EXPECT_EQ(health.explanation,
            "no pattern configured, and none could be inferred: only 2 formal meetings in 2024/25 (4 July 2024, "
            "16 January 2025); a pattern needs at least 3 to infer from; none of its meetings is proposed");
}

TEST(Unconfigured, AConfiguredPatternIsUsedAsItIs) {
  Programme programme = programme_with({ilsc()});
  for (Date d : ilsc_2024_25()) programme.meetings.push_back(fixed_meeting("ilsc", d, {14, 0}, "riverside"));
  auto proposal = propose_calendar(programme, calendar(), *parse_municipal_year("2025/26"));
  ASSERT_TRUE(proposal);
  EXPECT_TRUE(proposal->unconfigured.empty());
  ASSERT_FALSE(proposal->proposed.empty());
  for (const auto& p : proposal->proposed) EXPECT_EQ(p.meeting.start, (WallTime{10, 0})) << p.meeting.id;
}

}  // namespace
}  // namespace agendad::planner
