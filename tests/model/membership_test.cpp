// Membership over time: the front sheet's list, then each dated change that has happened by the day.
#include "planner/model/membership.hpp"

#include <gtest/gtest.h>

namespace agendad::planner {
namespace {
using namespace std::chrono;

std::vector<std::string> names(const std::vector<Member>& members) {
  std::vector<std::string> out;
  for (const Member& m : members) out.push_back(m.name);
  return out;
}

// Pitchley and Reynolds from the start; Garnett joined by 4 March 2025 (the day unknown);
// Reynolds left on 1 April 2025 and Allen joined the same day.
Committee committee() {
  Committee c;
  c.members = {{"Pitchley", "Lyndsay Pitchley", MemberRole::chair}, {"Reynolds", "", MemberRole::member}};
  // Given out of date order: membership_on orders them.
  c.membership_changes.push_back({2025y / April / 1d, true, {{"Allen", "", MemberRole::member}}, {"Reynolds"}, "", {}});
  c.membership_changes.push_back({2025y / March / 4d, false, {{"Garnett", "", MemberRole::member}}, {}, "", {}});
  return c;
}

struct Case {
  const char* why;
  Date day;
  std::vector<std::string> members;
};

class MembershipOn : public ::testing::TestWithParam<Case> {};

TEST_P(MembershipOn, AppliesTheChangesDatedOnOrBeforeTheDay) {
  EXPECT_EQ(names(membership_on(committee(), GetParam().day)), GetParam().members) << GetParam().why;
}

INSTANTIATE_TEST_SUITE_P(
    Table, MembershipOn,
    ::testing::Values(Case{"before any change", 2024y / September / 17d, {"Pitchley", "Reynolds"}},
                      Case{"the day before a by: change", 2025y / March / 3d, {"Pitchley", "Reynolds"}},
                      Case{"on a by: change's date", 2025y / March / 4d, {"Pitchley", "Reynolds", "Garnett"}},
                      Case{"between the changes", 2025y / March / 31d, {"Pitchley", "Reynolds", "Garnett"}},
                      Case{"on an on: change's day", 2025y / April / 1d, {"Pitchley", "Garnett", "Allen"}},
                      Case{"after every change", 2025y / June / 1d, {"Pitchley", "Garnett", "Allen"}}));

TEST(MembershipOn, KeepsRolesAndFullNames) {
  auto members = membership_on(committee(), 2025y / April / 1d);
  EXPECT_EQ(members.front().role, MemberRole::chair);
  EXPECT_EQ(members.front().full_name, "Lyndsay Pitchley");
}

TEST(ChangesBy, ListsTheChangesByTheDayInDateOrder) {
  Committee c = committee();
  ASSERT_EQ(changes_by(c, 2025y / April / 1d).size(), 2u);
  EXPECT_EQ(changes_by(c, 2025y / April / 1d).front()->date, 2025y / March / 4d);
  EXPECT_TRUE(changes_by(c, 2025y / March / 3d).empty());
}

TEST(MembershipOn, WithoutChangesIsTheFrontSheetsList) {
  Committee c;
  c.members = {{"Pitchley", "", MemberRole::chair}};
  EXPECT_EQ(names(membership_on(c, 2030y / January / 1d)), std::vector<std::string>{"Pitchley"});
}

}  // namespace
}  // namespace agendad::planner
