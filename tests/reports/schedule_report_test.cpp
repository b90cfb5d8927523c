// `agendad schedule`'s report, on a calendar proposal made by hand for the small programme: every
// part of it in the text a clerk reads and the JSON tools read.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "feeds/reports/schedule_report.hpp"
#include "tests/pages/fixture.hpp"

namespace agendad::reports {

using planner::CalendarProposal, planner::Date, planner::ExtraordinaryProposals, planner::Meeting, planner::MeetingKind,
    planner::Programme, planner::ProposedMeeting, planner::SoftGoal, planner::Violation, planner::WallTime,
    planner::parse_municipal_year;

namespace {

using agendad::testing::on;
using agendad::testing::small_programme;

Meeting proposed_meeting(std::string id, Date date, MeetingKind kind = MeetingKind::ordinary) {
  Meeting m;
  m.id = std::move(id);
  m.committee = "ilsc";
  m.date = date;
  m.start = WallTime{10, 0};
  m.end = WallTime{12, 0};
  m.venue = "town-hall";
  m.kind = kind;
  m.proposed = true;  // as the scheduler proposes it: not yet confirmed
  m.confirmed = false;
  return m;
}

// 2025/26: the December meeting kept, one proposed, one that cannot be placed.
struct Example {
  Programme programme = small_programme();
  CalendarProposal calendar;
  ExtraordinaryProposals extraordinary;
  std::vector<Violation> clashes;

  Example() {
    calendar.year = *parse_municipal_year("2025/26");
    calendar.kept = {"ilsc-2024-12-03"};
    ProposedMeeting june{proposed_meeting("ilsc-2025-06-17", on(2025, 6, 17)), 1, 2, on(2025, 6, 10), 3,
                         "the evenly spaced date, 10 June 2025, is a week too soon after the elections",
                         {{SoftGoal::spacing, 3, "a week after its ideal date"}}};
    calendar.proposed.push_back(june);
    calendar.unplaced.push_back({"ilsc", 2, 2, on(2026, 3, 17), {"room"}, "no room is free in March 2026"});
    calendar.cost = 3;
    calendar.checks = 42;
    calendar.notes = {"the council has no closures configured"};
    extraordinary.meetings.push_back(
        {proposed_meeting("ilsc-2025-07-01-extraordinary", on(2025, 7, 1), MeetingKind::extraordinary),
         {"ofsted-focused-visit"},
         "for Ofsted Focused Visit Outcome, which must come before Cabinet on 14 July 2025"});
    extraordinary.cannot = {"Corporate Parenting Partnership Board Update: no meeting can take it in time"};
    clashes.push_back({"room", {"ilsc-2024-12-03"}, "the Town Hall is booked twice on 3 December 2024"});
  }
  CalendarReport report() const { return {programme, calendar, extraordinary, clashes, on(2025, 3, 5)}; }
};

TEST(ScheduleReport, TextGivesEachBodysYearThenWhatNeedsTheCouncilsWord) {
  const Example example;
  EXPECT_EQ(schedule_text(example.report()),
            "Proposed calendar of meetings, municipal year 2025/26 (1 May 2025 to 30 April 2026), as of Wednesday 5 "
            "March 2025\n"
            "Every proposed meeting is tentative until the council confirms it.\n"
            "\n"
            "Improving Lives Select Commission: 1 proposed\n"
            "  KEPT     Tuesday 3 December 2024, 10.00 a.m., Rotherham Town Hall (ordinary)\n"
            "  PROPOSED Tuesday 17 June 2025, 10.00 a.m., Rotherham Town Hall (meeting 1 of 2)\n"
            "    the evenly spaced date, 10 June 2025, is a week too soon after the elections\n"
            "    gave up spacing: a week after its ideal date\n"
            "  CANNOT PLACE no room is free in March 2026\n"
            "\n"
            "Extraordinary meetings\n"
            "  PROPOSED Improving Lives Select Commission, Tuesday 1 July 2025, 10.00 a.m., Rotherham Town Hall\n"
            "    for Ofsted Focused Visit Outcome, which must come before Cabinet on 14 July 2025\n"
            "  CANNOT Corporate Parenting Partnership Board Update: no meeting can take it in time\n"
            "\n"
            "Meetings already configured that break a hard rule (kept as they are)\n"
            "  the Town Hall is booked twice on 3 December 2024\n"
            "\n"
            "Note: the council has no closures configured\n"
            "\n"
            "1 meetings proposed, 1 kept, 1 cannot be placed; soft cost 3\n");
}

TEST(ScheduleReport, TextWithoutAnAsOfDateOrAnythingBeyondTheCalendar) {
  const Example example;
  const ExtraordinaryProposals none;
  const std::vector<Violation> no_clashes;
  CalendarProposal calendar = example.calendar;
  calendar.notes.clear();
  const std::string text = schedule_text({example.programme, calendar, none, no_clashes, std::nullopt});
  EXPECT_TRUE(text.starts_with("Proposed calendar of meetings, municipal year 2025/26 (1 May 2025 to 30 April "
                               "2026)\nEvery proposed"))
      << text;
  EXPECT_TRUE(text.ends_with("  CANNOT PLACE no room is free in March 2026\n\n1 meetings proposed, 1 kept, 1 cannot "
                             "be placed; soft cost 3\n"))
      << text;
}

TEST(ScheduleReport, JsonGivesEveryMeetingWithItsReasons) {
  const Example example;
  const std::string text = schedule_json(example.report());
  ASSERT_TRUE(text.ends_with("}\n"));
  const auto json = nlohmann::json::parse(text);
  EXPECT_EQ(json["year"], "2025/26");
  EXPECT_EQ(json["first"], "2025-05-01");
  EXPECT_EQ(json["last"], "2026-04-30");
  EXPECT_EQ(json["as_of"], "2025-03-05");
  EXPECT_FALSE(json["clash_free"]);
  EXPECT_EQ(json["checks"], 42);
  EXPECT_EQ(json["kept"], nlohmann::json::array({"ilsc-2024-12-03"}));
  EXPECT_EQ(json["proposed"][0], nlohmann::json::parse(R"({
      "id": "ilsc-2025-06-17", "committee": "ilsc", "body": "Improving Lives Select Commission",
      "date": "2025-06-17", "start": "10:00", "end": "12:00", "venue": "town-hall", "kind": "ordinary",
      "proposed": true, "confirmed": false, "number": 1, "of": 2, "ideal": "2025-06-10", "cost": 3,
      "reason": "the evenly spaced date, 10 June 2025, is a week too soon after the elections",
      "given_up": [{"goal": "spacing", "cost": 3, "reason": "a week after its ideal date"}]})"));
  EXPECT_EQ(json["unplaced"][0]["rules"], nlohmann::json::array({"room"}));
  EXPECT_EQ(json["extraordinary"][0]["items"], nlohmann::json::array({"ofsted-focused-visit"}));
  EXPECT_EQ(json["extraordinary"][0]["kind"], "extraordinary");
  EXPECT_EQ(json["extraordinary_cannot"].size(), 1u);
  EXPECT_EQ(json["configured_clashes"][0]["rule"], "room");
  EXPECT_EQ(json["unconfigured"], nlohmann::json::array());
  EXPECT_EQ(json["notes"], nlohmann::json::array({"the council has no closures configured"}));
}

}  // namespace
}  // namespace agendad::reports
