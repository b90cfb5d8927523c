// The seeds' case: as of 5 March 2025 the Rotherham Kinship Local Offer must come to the Commission
// before Cabinet in July 2025, and its paper is not expected before May 2025, after the last meeting.
#include <gtest/gtest.h>

#include "planner/load/load_programme.hpp"
#include "planner/load/read_config_directory.hpp"
#include "planner/rules/working_days.hpp"
#include "planner/schedule/extraordinary.hpp"
#include "planner/schedule/planned.hpp"
#include "planner/schedule/validate.hpp"
#include "tests/schedule/fixtures.hpp"

namespace agendad::planner {
namespace {
using namespace agendad::testing;

Programme seeds() {
  auto files = read_config_directory(AGENDAD_SOURCE_DIR "/config");
  EXPECT_TRUE(files);
  auto programme = load_programme(*files);
  EXPECT_TRUE(programme) << format_line(programme.error().front());
  return *programme;
}

// Cabinet's July 2025 meeting: the seeds do not give its day, so the test gives one (a Monday).
PlanningCalendar with_cabinet_in_july() {
  PlanningCalendar c = calendar();
  c.body_meetings["cabinet"] = {2025y / July / 21d};
  return c;
}

TEST(Extraordinary, ProposesAMeetingBeforeCabinetForTheKinshipLocalOffer) {
  Programme programme = seeds();
  auto proposals = propose_extraordinary(programme, with_cabinet_in_july(), 2025y / March / 5d);
  ASSERT_TRUE(proposals) << format_line(proposals.error().front());
  ASSERT_EQ(proposals->meetings.size(), 1u);
  const ExtraordinaryMeeting& extra = proposals->meetings.front();
  EXPECT_EQ(extra.items, std::vector<std::string>{"kinship-local-offer"});
  const Meeting& m = extra.meeting;
  EXPECT_EQ(m.committee, "ilsc");
  EXPECT_EQ(m.kind, MeetingKind::extraordinary);
  EXPECT_TRUE(m.proposed);
  EXPECT_FALSE(m.confirmed);
  // The Commission's Tuesday at 10.00 a.m. in the Town Hall, late enough for the report, early
  // enough that Cabinet's agenda (out by Friday 11 July) can carry the Commission's views.
  EXPECT_EQ(weekday_of(m.date), Tuesday);
  EXPECT_EQ(m.start, (WallTime{10, 0}));
  EXPECT_EQ(m.venue, "town-hall");
  EXPECT_EQ(m.date, 2025y / July / 8d);
  WorkingCalendar days{bank_holidays(), {}};
  EXPECT_LE(m.date, latest_publication(days, 2025y / July / 21d, 5));
  EXPECT_GE(latest_publication(days, m.date, 5), 2025y / March / 5d);
  EXPECT_NE(extra.reason.find("Rotherham Kinship Local Offer"), std::string::npos) << extra.reason;
  // Not before its paper exists: the minutes estimate it by May 2025.
  EXPECT_NE(extra.reason.find("from 1 June 2025 (its paper is expected by May 2025, an estimate)"), std::string::npos)
      << extra.reason;
  EXPECT_GE(m.date, 2025y / June / 1d);
  EXPECT_NE(extra.reason.find("comes before Cabinet on 21 July 2025 with time to reach its agenda (out by 11 July 2025)"),
            std::string::npos)
      << extra.reason;
  std::vector<Meeting> all = programme.meetings;
  all.push_back(m);
  EXPECT_TRUE(hard_violations(programme, calendar(), all).empty());
}

TEST(Extraordinary, KeepsClearOfAnotherBodysMeetingThatSharesItsPeople) {
  Programme programme = seeds();
  // A made-up body sharing the Chair meets on 8 July 2025 at 10.00 a.m.: the Commission goes a week earlier.
  programme.committees.push_back(committee("osmb", "Overview and Scrutiny Management Board", {"Pitchley"}, "Someone",
                                           "", std::nullopt));
  programme.meetings.push_back(fixed_meeting("osmb", 2025y / July / 8d, {10, 0}, ""));
  auto proposals = propose_extraordinary(programme, with_cabinet_in_july(), 2025y / March / 5d);
  ASSERT_TRUE(proposals);
  ASSERT_EQ(proposals->meetings.size(), 1u);
  const ExtraordinaryMeeting& extra = proposals->meetings.front();
  EXPECT_EQ(extra.meeting.date, 2025y / July / 1d);
  EXPECT_NE(extra.reason.find("(not 8 July 2025: Councillor Pitchley sits on Overview and Scrutiny Management Board, "
                              "which meets at 10.00 a.m. that day)"),
            std::string::npos)
      << extra.reason;
}

TEST(Extraordinary, NoneIsProposedWhenEveryItemFits) {
  // As of 10 September 2024 the Kinship Local Offer is not yet known: nothing is overdue.
  auto proposals = propose_extraordinary(seeds(), with_cabinet_in_july(), 2024y / September / 10d);
  ASSERT_TRUE(proposals);
  EXPECT_TRUE(proposals->meetings.empty());
  EXPECT_TRUE(proposals->cannot.empty());
}

// Whatever the as-of date, the plan never puts the Kinship Local Offer before May 2025, when its
// paper is expected (available_by): not at an agreed meeting, not at an extraordinary one.
TEST(Extraordinary, ThePlanNeverTakesTheKinshipLocalOfferBeforeMay2025) {
  const Programme programme = seeds();
  const Date may = 2025y / May / 1d;
  for (Date as_of : {2024y / September / 10d, 2025y / January / 15d, 2025y / March / 5d, 2025y / April / 1d}) {
    SCOPED_TRACE(iso(as_of));
    const PlannedProgramme planned = plan_programme(programme, with_cabinet_in_july(), as_of);
    for (const CommitteePlan& part : planned.plan.committees)
      for (const Proposal& proposal : part.proposals.proposals)
        if (planned.programme.items[proposal.item].id == "kinship-local-offer") {
          EXPECT_TRUE(planned.programme.meeting(proposal.meeting)->date >= may) << proposal.meeting;
        }
    for (const ExtraordinaryMeeting& extra : planned.plan.extraordinary.meetings)
      EXPECT_TRUE(extra.meeting.date >= may) << extra.meeting.id;
  }
}

// The plan takes the item onto the extraordinary meeting it proposes for it, and nothing else.
TEST(Extraordinary, ThePlanProposesTheKinshipLocalOfferForItsExtraordinaryMeeting) {
  const PlannedProgramme planned = plan_programme(seeds(), with_cabinet_in_july(), 2025y / March / 5d);
  ASSERT_EQ(planned.plan.extraordinary.meetings.size(), 1u);
  const std::string& extraordinary = planned.plan.extraordinary.meetings.front().meeting.id;
  const Meeting* meeting = planned.programme.meeting(extraordinary);
  ASSERT_TRUE(meeting);
  EXPECT_TRUE(meeting->proposed);
  const CommitteePlan& ilsc = planned.plan.committees.front();
  std::vector<std::string> onto;
  for (const Proposal& proposal : ilsc.proposals.proposals)
    if (proposal.meeting == extraordinary) onto.push_back(planned.programme.items[proposal.item].id);
  EXPECT_EQ(onto, std::vector<std::string>{"kinship-local-offer"});
  for (const Unplaced& unplaced : ilsc.proposals.unplaced)
    EXPECT_NE(planned.programme.items[unplaced.item].id, "kinship-local-offer");
  for (const Flag& flag : ilsc.flags)
    if (flag.link == "kinship-local-offer") {
      EXPECT_NE(flag.kind, FlagKind::deadline_at_risk) << flag.message;
    }
}

// One compile of the council's problem serves every committee's extraordinary meeting: another
// committee's later window widens it, and must not move the Commission's meeting by a day.
TEST(Extraordinary, AnotherCommitteesLaterWindowLeavesTheCommissionsMeetingAlone) {
  Programme programme = seeds();
  Committee later = *programme.committee("ilsc");
  later.id = "later";
  later.name = "Later Select Commission";
  later.members.clear();
  later.governance_advisor.clear();
  Item item = *programme.item("kinship-local-offer");
  item.id = "later-offer";
  item.committee = "later";
  item.constraints.due_before->body_month = 2025y / November;
  programme.committees.push_back(later);
  programme.items.push_back(item);
  auto proposals = propose_extraordinary(programme, with_cabinet_in_july(), 2025y / March / 5d);
  ASSERT_TRUE(proposals) << format_line(proposals.error().front());
  ASSERT_EQ(proposals->meetings.size(), 2u);
  EXPECT_EQ(proposals->meetings[0].meeting.committee, "ilsc");
  EXPECT_EQ(proposals->meetings[0].meeting.date, 2025y / July / 8d);
  EXPECT_EQ(proposals->meetings[1].meeting.committee, "later");
  // No meetings, so no usual weekday: the last working day before Cabinet's unknown day in November.
  EXPECT_EQ(proposals->meetings[1].meeting.date, 2025y / October / 31d);
}

}  // namespace
}  // namespace agendad::planner
