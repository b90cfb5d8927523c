// A committee's part of a planned programme: what its pages read, so that a reload makes again
// only the pages of the committees whose part changed. Built here by hand: two committees, a
// joint meeting held by the second with the first, an item of the second booked on it, another
// of the second taken at one of its own meetings after that.
#include "planner/rules/plan_parts.hpp"

#include <gtest/gtest.h>

namespace agendad::planner {
namespace {

using std::chrono::day, std::chrono::month, std::chrono::year;

Meeting meeting(std::string id, std::string committee, unsigned m, unsigned d, std::string joint_with = {}) {
  Meeting made;
  made.id = std::move(id);
  made.committee = std::move(committee);
  made.date = Date{year{2025}, month{m}, day{d}};
  made.joint_with = std::move(joint_with);
  return made;
}

Item item(std::string id, std::string committee, std::string meeting = {}) {
  Item made;
  made.id = std::move(id);
  made.committee = std::move(committee);
  made.title = made.id;
  ItemState state;
  state.status = meeting.empty() ? ItemStatus::awaiting_date : ItemStatus::booked;
  state.meeting = std::move(meeting);
  made.history.push_back(state);
  return made;
}

PlannedProgramme planned() {
  PlannedProgramme planned;
  Programme& p = planned.programme;
  p.committees.resize(2);
  p.committees[0].id = "ilsc";
  p.committees[1].id = "hsc";
  p.meetings = {meeting("ilsc-1", "ilsc", 1, 14), meeting("hsc-joint", "hsc", 2, 11, "ilsc"),
                meeting("hsc-2", "hsc", 3, 4)};
  p.items = {item("ilsc-a", "ilsc", "ilsc-1"), item("hsc-on-joint", "hsc", "hsc-joint"), item("hsc-own", "hsc", "hsc-2"),
             item("hsc-waiting", "hsc")};
  planned.plan.as_of = Date{year{2025}, month{1}, day{6}};
  planned.plan.committees = {CommitteePlan{"ilsc", {}, {}, {}}, CommitteePlan{"hsc", {}, {}, {}}};
  return planned;
}

std::vector<std::string> item_ids(const Programme& programme, const CommitteeParts::Part& part) {
  std::vector<std::string> ids;
  for (const std::size_t i : part.items) ids.push_back(programme.items[i].id);
  return ids;
}

TEST(CommitteeParts, AJointMeetingAndWhatIsBookedOnItArePartOfBothCommittees) {
  const PlannedProgramme p = planned();
  const CommitteeParts parts(p.programme);
  EXPECT_EQ(parts.of("ilsc").meetings, (std::vector<std::size_t>{0, 1}));
  EXPECT_EQ(item_ids(p.programme, parts.of("ilsc")), (std::vector<std::string>{"ilsc-a", "hsc-on-joint"}));
  EXPECT_EQ(parts.of("hsc").meetings, (std::vector<std::size_t>{1, 2}));
  EXPECT_EQ(item_ids(p.programme, parts.of("hsc")),
            (std::vector<std::string>{"hsc-on-joint", "hsc-own", "hsc-waiting"}));
  EXPECT_TRUE(parts.of("osmb").meetings.empty());
}

TEST(CommitteeParts, EqualPartsAreTheSameAndAnEditTouchesOnlyThePartsItIsIn) {
  const PlannedProgramme before = planned();
  const CommitteeParts before_parts(before.programme);
  PlannedProgramme after = planned();
  after.programme.items[2].title = "Reworded";  // hsc's own item: not in ilsc's part
  CommitteeParts after_parts(after.programme);
  EXPECT_TRUE(same_council_part(before, after));
  EXPECT_TRUE(same_committee_part(before, before_parts, after, after_parts, "ilsc"));
  EXPECT_FALSE(same_committee_part(before, before_parts, after, after_parts, "hsc"));

  after = planned();
  after.programme.items[1].title = "Reworded";  // booked on the joint meeting: in both
  after_parts = CommitteeParts(after.programme);
  EXPECT_FALSE(same_committee_part(before, before_parts, after, after_parts, "ilsc"));
  EXPECT_FALSE(same_committee_part(before, before_parts, after, after_parts, "hsc"));

  after = planned();
  after.programme.committees[1].name = "Health Select Commission";  // the council's part
  EXPECT_FALSE(same_council_part(before, after));
}

TEST(CommitteeParts, ThePlanOfTheCommitteeHoldingAJointMeetingIsPartOfTheOther) {
  const PlannedProgramme before = planned();
  const CommitteeParts before_parts(before.programme);
  PlannedProgramme after = planned();
  // hsc's plan now proposes its waiting item (at the joint meeting): ilsc's event for that
  // meeting lists it, though nothing of ilsc's own changed.
  after.plan.committees[1].proposals.proposals.push_back(Proposal{3, "hsc-joint", 0});
  const CommitteeParts after_parts(after.programme);
  EXPECT_FALSE(same_committee_part(before, before_parts, after, after_parts, "ilsc"));
  EXPECT_FALSE(same_committee_part(before, before_parts, after, after_parts, "hsc"));
}

TEST(CommitteeParts, ThePlansIndexesCompareByTheItemsTheyName) {
  PlannedProgramme before = planned();
  before.plan.committees[1].shortlist.push_back(Outcome{3, Selection::shortlisted, 12, 1, {}, "ranked first"});
  const CommitteeParts before_parts(before.programme);
  // An item added before hsc's moves its items' indexes along by one: the same items, the same plan.
  PlannedProgramme after = planned();
  after.programme.items.insert(after.programme.items.begin(), item("ilsc-new", "ilsc"));
  after.plan.committees[1].shortlist.push_back(Outcome{4, Selection::shortlisted, 12, 1, {}, "ranked first"});
  const CommitteeParts after_parts(after.programme);
  EXPECT_TRUE(same_committee_part(before, before_parts, after, after_parts, "hsc"));
  EXPECT_FALSE(same_committee_part(before, before_parts, after, after_parts, "ilsc"));
  // The same index naming another item is another plan.
  after.plan.committees[1].shortlist.back().item = 3;
  EXPECT_FALSE(same_committee_part(before, before_parts, after, after_parts, "hsc"));
}

}  // namespace
}  // namespace agendad::planner
