// Finding a committee's part of the plan: through the programme's index when the plan was made
// from that programme, by a scan when it was not (a plan of one committee, or parts reordered).
#include "planner/rules/plan.hpp"

#include <gtest/gtest.h>

namespace agendad::planner {
namespace {

Programme two_committees() {
  Programme programme;
  programme.committees.resize(2);
  programme.committees[0].id = "ilsc";
  programme.committees[1].id = "hsc";
  return programme;
}

Plan plan_with_parts(std::vector<std::string> committees) {
  Plan plan;
  for (auto& id : committees) plan.committees.push_back(CommitteePlan{std::move(id), {}, {}, {}});
  return plan;
}

TEST(CommitteePlan, FoundThroughTheIndexWhenThePlanIsTheProgrammes) {
  const Programme programme = two_committees();
  const Plan plan = plan_with_parts({"ilsc", "hsc"});
  EXPECT_EQ(committee_plan(plan, programme, "hsc"), &plan.committees[1]);
  EXPECT_EQ(committee_plan(plan, programme, "ilsc"), &plan.committees[0]);
  EXPECT_EQ(committee_plan(plan, programme, "osmb"), nullptr);
}

TEST(CommitteePlan, FoundByAScanWhenThePlanIsNotLaidOutAsTheProgramme) {
  const Programme programme = two_committees();
  const Plan one = plan_with_parts({"hsc"});  // plan_of_committee's shape
  EXPECT_EQ(committee_plan(one, programme, "hsc"), &one.committees[0]);
  EXPECT_EQ(committee_plan(one, programme, "ilsc"), nullptr);
  const Plan reordered = plan_with_parts({"hsc", "ilsc"});
  EXPECT_EQ(committee_plan(reordered, programme, "hsc"), &reordered.committees[0]);
  EXPECT_EQ(committee_plan(reordered, programme, "ilsc"), &reordered.committees[1]);
}

}  // namespace
}  // namespace agendad::planner
