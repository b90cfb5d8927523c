// Every part of the schema that the example does not use reaches the model as written.
#include <gtest/gtest.h>

#include "tests/load/load_helpers.hpp"

namespace agendad::planner {
namespace {
using namespace std::chrono;

const std::string council = R"(council:
  name: Rotherham Metropolitan Borough Council
  selection:
    scale: {min: 1, max: 5, threshold: 15}
  rules:
    publication_clear_days: 6
    report_deadline_working_days: 3
    capacity_items: 4
    capacity_minutes: 150
    closures:
      - {from: 2024-12-24, to: 2025-01-01, reason: Christmas closure}
    blackouts:
      - {from: 2025-03-24, to: 2025-05-01, reason: pre-election period, kinds: [report, annual_report]}
      - {from: 2025-08-01, to: 2025-08-31}
  calendar: {base_url: "https://agendad.example", refresh_minutes: 60, default_duration_minutes: 90}
venues:
  - {id: town-hall, name: Rotherham Town Hall}
  - {id: riverside, name: Riverside House}
bodies:
  - {id: cabinet, name: Cabinet, calendar: calendars/cabinet.ics}
)";

const std::string committee = R"(committees:
  - id: ilsc
    name: Improving Lives Select Commission
    start: "10:00"
    duration_minutes: 150
    venue: town-hall
    webcast: true
    pattern:
      weekdays: [Tuesday, Wednesday]
      start: "10:00"
      meetings_per_year: 8
      gap_weeks: 5
      months_without_meetings: [August, December]
      venue: town-hall
      feeds: [cabinet]
      working_days_before_fed_body: 10
    meetings:
      - id: late
        date: 2025-01-28
        start: "14:00"
        end: "16:30"
        venue: riverside
        webcast: false
        confirmed: false
        capacity_items: 5
      - id: early
        date: 2025-01-28
        kind: extraordinary
        duration_minutes: 60
      - id: moved
        date: 2025-02-11
        status: moved
        moves:
          - {from_date: 2025-02-04, from_start: "10:00", reason: clash with Cabinet, requested_by: the Chair}
      - id: gone
        date: 2025-02-18
        status: cancelled
        status_reason: not quorate
      - id: joint
        date: 2025-02-25
        kind: joint
        joint_with: cabinet
      - id: workshop
        date: 2025-03-11
        kind: workshop
    items:
      - id: placements
        title: Residential placements contract
        kind: report
        status: shortlisted
        longlisting: {adds_value: true, looked_at_elsewhere: yes, elsewhere: the Health Select Commission, priority: false}
        topic: {time: 4, others: 2, performance: 5, interest: 3, contribution: 4}
        not_before: 2025-04-01
        due_before: {date: 2025-07-31, why: before the contract is let}
        exempt: {paragraph: 3, public_title: Residential placements}
      - id: cabinet-date
        title: Due before a Cabinet meeting on a known date
        status: proposed
        due_before: {body: cabinet, date: 2025-07-14}
      - id: withdrawn
        title: Withdrawn at the service's request
        status: withdrawn
        meeting: late
        reason: superseded
        requested_by: the service
    actions:
      - {id: reply, owed: a written reply, owed_by: the Assistant Director, due: 2025-02-28, meeting: late, done: true}
)";

class Features : public ::testing::Test {
 protected:
  void SetUp() override {
    auto loaded = load_programme_with_warnings({{"config/council.yaml", council}, {"config/ilsc.yaml", committee}});
    ASSERT_TRUE(loaded) << testing::all_lines(loaded.error());
    programme = std::move(loaded->programme);
    warnings = std::move(loaded->warnings);
  }
  Programme programme;
  Diagnostics warnings;
};

TEST_F(Features, Rules) {
  const PlanningRules& rules = programme.council.rules;
  EXPECT_EQ(rules.publication_clear_days, 6);
  EXPECT_EQ(rules.report_deadline_working_days, 3);
  EXPECT_EQ(rules.capacity_items, 4);
  EXPECT_EQ(rules.capacity_minutes, 150);
  ASSERT_EQ(rules.closures.size(), 1u);
  EXPECT_EQ(rules.closures[0].from, 2024y / December / 24d);
  EXPECT_EQ(rules.closures[0].to, 2025y / January / 1d);
  EXPECT_EQ(rules.closures[0].reason, "Christmas closure");
  EXPECT_EQ(rules.closures[0].where.line, 11);
  ASSERT_EQ(rules.blackouts.size(), 2u);
  EXPECT_EQ(rules.blackouts[0].kinds, (std::vector<ItemKind>{ItemKind::report, ItemKind::annual_report}));
  EXPECT_TRUE(rules.blackouts[1].kinds.empty()) << "no kinds: every kind";
  EXPECT_EQ(programme.council.calendar.refresh_minutes, 60);
  EXPECT_EQ(programme.council.calendar.default_duration_minutes, 90);
  EXPECT_EQ(programme.council.selection.scale->threshold, 15);
  ASSERT_TRUE(programme.body("cabinet")->calendar);
  EXPECT_EQ(programme.body("cabinet")->calendar->path, "config/calendars/cabinet.ics");
}

TEST_F(Features, Pattern) {
  const Committee& ilsc = *programme.committee("ilsc");
  ASSERT_TRUE(ilsc.pattern);
  EXPECT_EQ(ilsc.pattern->weekdays, (std::vector<weekday>{Tuesday, Wednesday}));
  EXPECT_EQ(ilsc.pattern->months_without_meetings, (std::vector<month>{August, December}));
  EXPECT_EQ(ilsc.pattern->meetings_per_year, 8);
  EXPECT_EQ(ilsc.pattern->gap_weeks, 5);
  EXPECT_EQ(ilsc.pattern->feeds, std::vector<std::string>{"cabinet"});
  EXPECT_EQ(ilsc.pattern->working_days_before_fed_body, 10);
  EXPECT_EQ(ilsc.duration_minutes, 150);
}

TEST_F(Features, MeetingsSortedByDateThenStartThenId) {
  std::vector<std::string> ids;
  for (const Meeting& m : programme.meetings) ids.push_back(m.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"early", "late", "moved", "gone", "joint", "workshop"}));
}

TEST_F(Features, MeetingTimesVenuesAndStatus) {
  const Meeting& late = *programme.meeting("late");
  EXPECT_EQ(late.start, (WallTime{14, 0}));
  EXPECT_EQ(late.end, (WallTime{16, 30}));
  EXPECT_EQ(late.venue, "riverside");
  EXPECT_EQ(late.webcast, false);
  EXPECT_FALSE(late.confirmed);
  EXPECT_EQ(late.capacity_items, 5);
  const Meeting& early = *programme.meeting("early");
  EXPECT_EQ(early.start, (WallTime{10, 0})) << "the committee's start for a formal meeting";
  EXPECT_EQ(early.duration_minutes, 60);
  EXPECT_EQ(early.kind, MeetingKind::extraordinary);
  EXPECT_FALSE(early.webcast) << "absent: as the committee does";
  EXPECT_TRUE(early.confirmed);
  EXPECT_EQ(early.capacity_items, std::nullopt) << "absent: the council's";
  const Meeting& moved = *programme.meeting("moved");
  EXPECT_EQ(moved.status, MeetingStatus::moved);
  ASSERT_EQ(moved.moves.size(), 1u);
  EXPECT_EQ(moved.moves[0].from_date, 2025y / February / 4d);
  EXPECT_EQ(moved.moves[0].from_start, (WallTime{10, 0}));
  EXPECT_EQ(moved.moves[0].requested_by, "the Chair");
  EXPECT_EQ(programme.meeting("gone")->status_reason, "not quorate");
  EXPECT_EQ(programme.meeting("joint")->joint_with, "cabinet");
  EXPECT_FALSE(programme.meeting("workshop")->start) << "workshops keep no time unless they give one";
  EXPECT_EQ(programme.meeting("workshop")->venue, "town-hall");
}

TEST_F(Features, ItemConstraintsAndAssessment) {
  const Item& placements = *programme.item("placements");
  EXPECT_EQ(placements.current().status, ItemStatus::shortlisted);
  EXPECT_EQ(placements.longlisting.adds_value, true);
  EXPECT_EQ(placements.longlisting.looked_at_elsewhere, true);
  EXPECT_EQ(placements.longlisting.elsewhere, "the Health Select Commission");
  EXPECT_EQ(placements.longlisting.priority, false);
  ASSERT_TRUE(placements.topic);
  EXPECT_EQ(placements.topic->total(), 18);
  EXPECT_EQ(placements.constraints.not_before, 2025y / April / 1d);
  EXPECT_EQ(placements.constraints.due_before->date, 2025y / July / 31d);
  EXPECT_EQ(placements.constraints.due_before->why, "before the contract is let");
  ASSERT_TRUE(placements.exempt);
  EXPECT_EQ(placements.exempt->paragraph, 3);
  EXPECT_EQ(public_title(placements), "Residential placements");
  EXPECT_EQ(programme.item("cabinet-date")->constraints.due_before->body_date, 2025y / July / 14d);
  const Item& withdrawn = *programme.item("withdrawn");
  EXPECT_EQ(withdrawn.current().status, ItemStatus::withdrawn);
  EXPECT_EQ(withdrawn.current().requested_by, "the service");
}

TEST_F(Features, Actions) {
  ASSERT_EQ(programme.actions.size(), 1u);
  EXPECT_EQ(programme.actions[0].owed_by, "the Assistant Director");
  EXPECT_EQ(programme.actions[0].due, 2025y / February / 28d);
  EXPECT_TRUE(programme.actions[0].done);
  EXPECT_EQ(programme.actions[0].committee, "ilsc");
}

TEST_F(Features, NoWarnings) { EXPECT_EQ(testing::all_lines(warnings), ""); }

}  // namespace
}  // namespace agendad::planner
