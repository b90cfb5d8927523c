// What the changes feed calls a change: each kind once, worded for a person, nothing else.
#include "feeds/changes/diff.hpp"

#include <gtest/gtest.h>

namespace agendad::changes {

using planner::Date, planner::WallTime, planner::parse_iso_date;

namespace {

Date on(const char* iso) { return *parse_iso_date(iso); }

Facts programme() {
  Facts facts;
  facts.meetings["ilsc-2024-10-29"] = MeetingFacts{"ilsc", on("2024-10-29"), WallTime{10, 0}, false, false, "meeting",
                                                   {{"send", {"SEND Sufficiency", ""}, std::nullopt}}};
  facts.meetings["ilsc-2024-12-03"] = MeetingFacts{"ilsc", on("2024-12-03"), WallTime{10, 0}, false, false, "meeting", {}};
  facts.items["send"] = {"ilsc", {"SEND Sufficiency", ""}, "booked", "ilsc-2024-10-29"};
  facts.items["kinship"] = {"ilsc", {"Kinship Local Offer", ""}, "awaiting date", ""};
  facts.items["case"] = {"ilsc", {"A confidential matter", "The Smith family"}, "awaiting date", ""};
  return facts;
}

TEST(Diff, NothingChangedSaysNothing) { EXPECT_TRUE(diff(programme(), programme()).empty()); }

TEST(Diff, AMovedMeetingIsOneChange) {
  auto after = programme();
  after.meetings["ilsc-2024-10-29"].date = on("2024-11-05");
  const auto changes = diff(programme(), after);
  ASSERT_EQ(changes.size(), 1u);
  EXPECT_EQ(changes[0].wording.title, "Meeting of 29 October 2024 moved to 5 November 2024");
  EXPECT_EQ(changes[0].wording.summary,
            "Was Tuesday 29 October 2024 at 10.00 a.m.; now Tuesday 5 November 2024 at 10.00 a.m.");
  EXPECT_EQ(changes[0].path, "/agendas/ilsc/2024-11-05.html");
  EXPECT_EQ(changes[0].object, "meeting/ilsc-2024-10-29");
}

TEST(Diff, RetimedCancelledAndRestored) {
  auto after = programme();
  after.meetings["ilsc-2024-10-29"].start = WallTime{14, 0};
  after.meetings["ilsc-2024-12-03"].cancelled = true;
  const auto changes = diff(programme(), after);
  ASSERT_EQ(changes.size(), 2u);
  EXPECT_EQ(changes[0].wording.title, "Meeting of 29 October 2024 now starts at 2.00 p.m.");
  EXPECT_EQ(changes[1].wording.title, "Meeting of 3 December 2024 cancelled");
  const auto back = diff(after, programme());
  ASSERT_EQ(back.size(), 2u);
  EXPECT_EQ(back[1].wording.title, "Meeting of 3 December 2024 restored");
}

TEST(Diff, AnItemAwaitingADateGetsOneAndTheAgendaDoesNotSayItTwice) {
  auto after = programme();
  after.items["kinship"].status = "booked";
  after.items["kinship"].meeting = "ilsc-2024-12-03";
  after.meetings["ilsc-2024-12-03"].business.push_back({"kinship", {"Kinship Local Offer", ""}, std::nullopt});
  const auto changes = diff(programme(), after);
  ASSERT_EQ(changes.size(), 1u);
  EXPECT_EQ(changes[0].wording.title, "Kinship Local Offer booked for 3 December 2024");
  EXPECT_EQ(changes[0].path, "/work-programme/ilsc.html");
}

TEST(Diff, AgendaBusinessRetitledAndPagesKnown) {
  auto after = programme();
  after.meetings["ilsc-2024-10-29"].business[0].pages = 12;
  const auto paged = diff(programme(), after);
  ASSERT_EQ(paged.size(), 1u);
  EXPECT_EQ(paged[0].wording.title, "Agenda of 29 October 2024 changed");
  EXPECT_EQ(paged[0].wording.summary, "Page count known: SEND Sufficiency, 12 pages.");
  after.meetings["ilsc-2024-10-29"].business[0].name.title = "SEND Sufficiency Strategy";
  after.items["send"].name.title = "SEND Sufficiency Strategy";
  const auto retitled = diff(programme(), after);
  ASSERT_EQ(retitled.size(), 1u);
  EXPECT_EQ(retitled[0].wording.summary, "Retitled: SEND Sufficiency Strategy (was SEND Sufficiency).");
}

TEST(Diff, ExemptItemsArePublicByTheirPublicTitleOnly) {
  auto after = programme();
  after.items["case"].status = "booked";
  after.items["case"].meeting = "ilsc-2024-10-29";
  const auto changes = diff(programme(), after);
  ASSERT_EQ(changes.size(), 1u);
  EXPECT_EQ(changes[0].wording.title, "A confidential matter booked for 29 October 2024");
  EXPECT_EQ(changes[0].members_wording.title, "The Smith family booked for 29 October 2024");
  EXPECT_EQ(changes[0].wording.summary.find("Smith"), std::string::npos);
}

TEST(Diff, CriticalFlagsRaisedAndCleared) {
  auto after = programme();
  after.critical["deadline_at_risk/kinship"] = {"ilsc", "Kinship Local Offer must come before Cabinet in July 2025", ""};
  const auto raised = diff(programme(), after);
  ASSERT_EQ(raised.size(), 1u);
  EXPECT_EQ(raised[0].wording.title, "Critical: Kinship Local Offer must come before Cabinet in July 2025");
  const auto cleared = diff(after, programme());
  ASSERT_EQ(cleared.size(), 1u);
  EXPECT_EQ(cleared[0].wording.title, "Cleared: Kinship Local Offer must come before Cabinet in July 2025");
}

}  // namespace
}  // namespace agendad::changes
