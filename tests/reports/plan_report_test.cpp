// `agendad plan`'s report on the small programme: the text a clerk reads and the JSON tools read.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "feeds/reports/plan_report.hpp"
#include "tests/pages/fixture.hpp"

namespace agendad::reports {

using planner::Item, planner::ItemKind, planner::ItemState, planner::ItemStatus, planner::Programme;

namespace {

using agendad::testing::on;
using agendad::testing::plan_on;
using agendad::testing::small_programme;

// The small programme with an item awaiting a date, which the planner proposes for a meeting.
Programme with_item_awaiting_a_date() {
  Programme programme = small_programme();
  Item item;
  item.id = "school-road-safety";
  item.committee = "ilsc";
  item.title = "School Road Safety Review";
  item.kind = ItemKind::report;
  ItemState state;
  state.status = ItemStatus::awaiting_date;
  state.since = on(2024, 9, 1);
  item.history.push_back(state);
  programme.items.push_back(item);
  return programme;
}

TEST(PlanReport, TextGivesFlagsProposalsAndTheMeetingsToCome) {
  const Programme programme = with_item_awaiting_a_date();
  // The meetings before the plan's date are left out; the workshop has no capacity to fill.
  EXPECT_EQ(plan_text(programme, plan_on(programme, on(2024, 10, 1))),
            "Improving Lives Select Commission: the plan as of Tuesday 1 October 2024\n"
            "\n"
            "Flags, most urgent first:\n"
            "  [warning] 29 October 2024 has nothing booked; the planner proposes 1 item (meeting ilsc-2024-10-29)\n"
            "  [info] School Road Safety Review has been awaiting a date since 1 September 2024; the planner proposes "
            "29 October 2024 (item school-road-safety)\n"
            "  [warning] 3 December 2024 has nothing booked (meeting ilsc-2024-12-03)\n"
            "\n"
            "Proposed meetings:\n"
            "  School Road Safety Review: 29 October 2024 is the earliest meeting with room (1 of 1 places taken with "
            "it; capacity 1 assumed); its agenda is due out by 21 October 2024\n"
            "\n"
            "Meetings:\n"
            "  Monday 21 October 2024 (workshop, scheduled): agenda out by 11 October 2024; 0 booked\n"
            "  Tuesday 29 October 2024 (ordinary, scheduled): agenda out by 21 October 2024; 0 booked of 1 "
            "(assumed), 1 proposed\n"
            "  Tuesday 3 December 2024 (ordinary, scheduled): agenda out by 25 November 2024; 0 booked of 1 "
            "(assumed)\n"
            "\n");
}

TEST(PlanReport, TextSaysNoneWhereNothingIsProposed) {
  const Programme programme = small_programme();
  const std::string text = plan_text(programme, plan_on(programme, on(2024, 12, 4)));  // after the last meeting
  EXPECT_TRUE(text.ends_with("\nProposed meetings:\n  none\n\nMeetings:\n\n")) << text;
  EXPECT_NE(text.find("  [warning] no meeting is in the programme on or after 4 December 2024"),
            std::string::npos)
      << text;
}

TEST(PlanReport, JsonGivesEveryMeetingAndEachItemWithItsReason) {
  const Programme programme = with_item_awaiting_a_date();
  const std::string text = plan_json(programme, plan_on(programme, on(2024, 10, 1)));
  ASSERT_TRUE(text.ends_with("}\n"));
  const auto json = nlohmann::json::parse(text);
  EXPECT_EQ(json["as_of"], "2024-10-01");
  ASSERT_EQ(json["committees"].size(), 1u);
  const auto& ilsc = json["committees"][0];
  EXPECT_EQ(ilsc["name"], "Improving Lives Select Commission");
  EXPECT_EQ(ilsc["flags"][0]["link"], nlohmann::json({{"kind", "meeting"}, {"id", "ilsc-2024-10-29"}}));
  EXPECT_EQ(ilsc["flags"][0]["date"], "2024-10-29");
  EXPECT_EQ(ilsc["proposals"], nlohmann::json::parse(R"([{
      "item": "school-road-safety", "meeting": "ilsc-2024-10-29", "title": "School Road Safety Review",
      "reason": "29 October 2024 is the earliest meeting with room (1 of 1 places taken with it; capacity 1 assumed); its agenda is due out by 21 October 2024"}])"));
  EXPECT_EQ(ilsc["unplaced"], nlohmann::json::array());
  EXPECT_EQ(ilsc["shortlist"][0]["rank"], 1);
  EXPECT_EQ(ilsc["shortlist"][0]["score"], nullptr);
  // Every meeting, those gone by too, unlike the text.
  ASSERT_EQ(ilsc["meetings"].size(), 5u);
  EXPECT_EQ(ilsc["meetings"][1], nlohmann::json::parse(R"({
      "id": "ilsc-2024-09-17", "date": "2024-09-17", "kind": "ordinary", "status": "scheduled",
      "publication": "2024-09-09", "report_deadline": null, "booked": 1, "booked_taking_no_place": 1,
      "capacity": 1, "capacity_assumed": true, "proposed": 0, "meeting_proposed": false})"));
  EXPECT_EQ(json["extraordinary"], nlohmann::json::parse(R"({"meetings": [], "cannot": []})"));
}

}  // namespace
}  // namespace agendad::reports
