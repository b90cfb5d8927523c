// Programme's lookups go through ProgrammeIndex: the same answers a scan of the vectors gives.
#include "planner/model/programme.hpp"

#include <gtest/gtest.h>

namespace agendad::planner {
namespace {
using namespace std::chrono;
using ids = std::vector<std::string>;

Meeting meeting(std::string id, std::string committee, Date date, std::string joint_with = "") {
  Meeting m;
  m.id = std::move(id);
  m.committee = std::move(committee);
  m.date = date;
  m.joint_with = std::move(joint_with);
  return m;
}

ItemState state(ItemStatus status, std::string meeting = "") {
  ItemState s;
  s.status = status;
  s.meeting = std::move(meeting);
  return s;
}

Item item(std::string id, std::string committee, std::vector<ItemState> history) {
  Item i;
  i.id = std::move(id);
  i.committee = std::move(committee);
  i.history = std::move(history);
  return i;
}

template <typename T>
ids ids_of(const std::vector<const T*>& values) {
  ids found;
  for (const T* value : values) found.push_back(value->id);
  return found;
}

// Shaped on the 2024/25 programme: the Elective Home Education policy was booked for 22 April
// and deferred from it; an item moved from one meeting to another is on the later one only.
Programme programme() {
  Programme p;
  p.committees.resize(2);
  p.committees[0].id = "ilsc";
  p.committees[1].id = "hsc";
  p.bodies.resize(1);
  p.bodies[0].id = "cabinet";
  p.bodies[0].name = "Cabinet";
  p.meetings = {meeting("ilsc-2025-03-04", "ilsc", 2025y / March / 4d),
                meeting("ilsc-2025-04-22", "ilsc", 2025y / April / 22d),
                meeting("joint-2025-05-13", "hsc", 2025y / May / 13d, "ilsc"),
                meeting("hsc-2025-06-10", "hsc", 2025y / June / 10d)};
  p.items = {
      item("domestic-abuse-strategy-update", "ilsc", {state(ItemStatus::booked, "ilsc-2025-04-22")}),
      item("ehe-policy-update", "ilsc",
           {state(ItemStatus::booked, "ilsc-2025-04-22"), state(ItemStatus::deferred, "ilsc-2025-04-22")}),
      item("youth-justice-update", "ilsc", {state(ItemStatus::awaiting_date), state(ItemStatus::taken, "ilsc-2025-03-04")}),
      item("moved-to-joint", "ilsc",
           {state(ItemStatus::booked, "ilsc-2025-04-22"), state(ItemStatus::deferred, "ilsc-2025-04-22"),
            state(ItemStatus::booked, "joint-2025-05-13")}),
      item("kinship-local-offer", "ilsc", {state(ItemStatus::awaiting_date)}),
      item("cppb-annual-report", "ilsc", {state(ItemStatus::booked, "ilsc-2025-04-22")}),
      item("hsc-item", "hsc", {state(ItemStatus::taken, "hsc-2025-06-10")}),
  };
  return p;
}

TEST(ProgrammeIndex, ItemsOnAMeetingAreItsCurrentBusinessInConfigurationOrder) {
  const Programme p = programme();
  EXPECT_EQ(ids_of(p.items_on("ilsc-2025-04-22")), (ids{"domestic-abuse-strategy-update", "cppb-annual-report"}))
      << "the deferred item and the one moved on are no longer on 22 April";
  EXPECT_EQ(ids_of(p.items_on("ilsc-2025-03-04")), ids{"youth-justice-update"});
  EXPECT_EQ(ids_of(p.items_on("joint-2025-05-13")), ids{"moved-to-joint"});
  EXPECT_EQ(ids_of(p.items_on("hsc-2025-06-10")), ids{"hsc-item"});
  EXPECT_TRUE(p.items_on("no-such-meeting").empty());
}

TEST(ProgrammeIndex, MeetingsOfACommitteeIncludeItsJointOnes) {
  const Programme p = programme();
  EXPECT_EQ(ids_of(p.meetings_of("ilsc")), (ids{"ilsc-2025-03-04", "ilsc-2025-04-22", "joint-2025-05-13"}));
  EXPECT_EQ(ids_of(p.meetings_of("hsc")), (ids{"joint-2025-05-13", "hsc-2025-06-10"}));
  EXPECT_EQ(ids_of(p.items_of("hsc")), ids{"hsc-item"});
  EXPECT_EQ(p.items_of("ilsc").size(), 6u);
}

// The actions owed to a committee, in configuration order, and seen when added after a lookup.
TEST(ProgrammeIndex, ActionsOfACommitteeAreThoseOwedToIt) {
  Programme p = programme();
  auto action = [](std::string id, std::string committee) {
    Action a;
    a.id = std::move(id);
    a.committee = std::move(committee);
    return a;
  };
  p.actions = {action("written-response", "ilsc"), action("hsc-briefing", "hsc"), action("visit", "ilsc")};
  EXPECT_EQ(ids_of(p.actions_of("ilsc")), (ids{"written-response", "visit"}));
  EXPECT_EQ(ids_of(p.actions_of("hsc")), ids{"hsc-briefing"});
  EXPECT_TRUE(p.actions_of("osmb").empty());
  p.actions.push_back(action("late-action", "hsc"));
  EXPECT_EQ(ids_of(p.actions_of("hsc")), (ids{"hsc-briefing", "late-action"}));
}

TEST(ProgrammeIndex, LookupsByIdPointIntoTheProgramme) {
  const Programme p = programme();
  EXPECT_EQ(p.meeting("ilsc-2025-04-22"), &p.meetings[1]);
  EXPECT_EQ(p.item("kinship-local-offer"), &p.items[4]);
  EXPECT_EQ(p.committee("hsc"), &p.committees[1]);
  EXPECT_EQ(p.body("cabinet"), &p.bodies[0]);
  EXPECT_EQ(p.venue("town-hall"), nullptr);
  EXPECT_EQ(p.body_name("cabinet"), "Cabinet");
  EXPECT_EQ(p.body_name("osmb"), "osmb");
}

TEST(ProgrammeIndex, TheFirstOfTwoValuesWithOneIdIsFound) {
  Programme p = programme();
  p.meetings.push_back(meeting("ilsc-2025-04-22", "hsc", 2025y / July / 1d));
  EXPECT_EQ(p.meeting("ilsc-2025-04-22"), &p.meetings[1]);
}

TEST(ProgrammeIndex, AddingValuesAfterALookupIsSeen) {
  Programme p = programme();
  ASSERT_EQ(p.items_on("hsc-2025-06-10").size(), 1u);
  p.items.push_back(item("late-addition", "hsc", {state(ItemStatus::booked, "hsc-2025-06-10")}));
  p.meetings.push_back(meeting("hsc-2025-07-08", "hsc", 2025y / July / 8d));
  EXPECT_EQ(ids_of(p.items_on("hsc-2025-06-10")), (ids{"hsc-item", "late-addition"}));
  EXPECT_EQ(ids_of(p.meetings_of("hsc")), (ids{"joint-2025-05-13", "hsc-2025-06-10", "hsc-2025-07-08"}));
  p.meetings.clear();
  EXPECT_EQ(p.meeting("hsc-2025-06-10"), nullptr);
}

TEST(ProgrammeIndex, ACopyLooksUpItsOwnValues) {
  const Programme original = programme();
  ASSERT_NE(original.meeting("hsc-2025-06-10"), nullptr);  // the original has built its index
  const Programme copy = original;
  EXPECT_EQ(copy.meeting("hsc-2025-06-10"), &copy.meetings[3]);
  EXPECT_EQ(copy.items_on("ilsc-2025-03-04").front(), &copy.items[2]);
  Programme assigned;
  ASSERT_EQ(assigned.meeting("hsc-2025-06-10"), nullptr);
  assigned = original;
  EXPECT_EQ(assigned.meeting("hsc-2025-06-10"), &assigned.meetings[3]);
}

}  // namespace
}  // namespace agendad::planner
