// The loaded example answers every lookup from its index exactly as a scan of its vectors does:
// the same values, in the same order (planner/model/programme_index.hpp).
#include <algorithm>

#include <gtest/gtest.h>

#include "tests/load/load_helpers.hpp"

namespace agendad::planner {
namespace {

// The definitions the index must keep, written as the scans they replaced.
std::vector<const Item*> scan_items_on(const Programme& p, std::string_view meeting) {
  std::vector<const Item*> found;
  for (const Item& i : p.items)
    if ((i.current().status == ItemStatus::booked || i.current().status == ItemStatus::taken) &&
        i.current().meeting == meeting)
      found.push_back(&i);
  return found;
}

std::vector<const Meeting*> scan_meetings_of(const Programme& p, std::string_view committee) {
  std::vector<const Meeting*> found;
  for (const Meeting& m : p.meetings)
    if (m.committee == committee || m.joint_with == committee) found.push_back(&m);
  return found;
}

std::vector<const Item*> scan_items_of(const Programme& p, std::string_view committee) {
  std::vector<const Item*> found;
  for (const Item& i : p.items)
    if (i.committee == committee) found.push_back(&i);
  return found;
}

TEST(ExampleLookups, ItemsOnEveryMeetingAsTheScanFindsThem) {
  const Programme p = testing::load_example();
  std::size_t booked_or_taken = 0;
  for (const Meeting& m : p.meetings) {
    EXPECT_EQ(p.items_on(m.id), scan_items_on(p, m.id)) << m.id;
    booked_or_taken += p.items_on(m.id).size();
  }
  EXPECT_EQ(booked_or_taken, 19u);  // 14 booked and 5 taken, as `agendad check` counts them
  // Booked on 22 April 2025, then deferred from it: its history names the meeting, but it is not on it.
  const Item* ehe = p.item("ehe-policy-update");
  ASSERT_NE(ehe, nullptr);
  ASSERT_EQ(ehe->history.front().meeting, "ilsc-2025-04-22");
  const auto on_22_april = p.items_on("ilsc-2025-04-22");
  EXPECT_EQ(std::count(on_22_april.begin(), on_22_april.end(), ehe), 0);
  // Awaiting a date, then taken at minute 64 on 4 March 2025.
  const auto on_4_march = p.items_on("ilsc-2025-03-04");
  EXPECT_EQ(std::count(on_4_march.begin(), on_4_march.end(), p.item("youth-justice-update")), 1);
}

TEST(ExampleLookups, MeetingsAndItemsOfEachCommitteeAndBody) {
  const Programme p = testing::load_example();
  for (const Committee& c : p.committees) {
    EXPECT_EQ(p.meetings_of(c.id), scan_meetings_of(p, c.id)) << c.id;
    EXPECT_EQ(p.items_of(c.id), scan_items_of(p, c.id)) << c.id;
    EXPECT_EQ(p.committee(c.id), &c);
  }
  for (const Body& b : p.bodies) {
    EXPECT_EQ(p.meetings_of(b.id), scan_meetings_of(p, b.id)) << b.id;
    EXPECT_EQ(p.body(b.id), &b);
  }
  EXPECT_EQ(p.meetings_of("ilsc").size(), 10u);
}

TEST(ExampleLookups, EveryIdFindsItsOwnValue) {
  const Programme p = testing::load_example();
  for (const Meeting& m : p.meetings) EXPECT_EQ(p.meeting(m.id), &m) << m.id;
  for (const Item& i : p.items) EXPECT_EQ(p.item(i.id), &i) << i.id;
  for (const Venue& v : p.venues) EXPECT_EQ(p.venue(v.id), &v) << v.id;
  EXPECT_EQ(p.meeting("ilsc-2024-09-18"), nullptr);
}

// The daemon adds the planner's proposed meetings after loading, once lookups have been made.
TEST(ExampleLookups, AMeetingAddedAfterLookupsIsFound) {
  Programme p = testing::load_example();
  ASSERT_EQ(p.meeting("ilsc-2025-06-10-proposed"), nullptr);
  Meeting proposed = *p.meeting("ilsc-2025-04-22");
  proposed.id = "ilsc-2025-06-10-proposed";
  proposed.proposed = true;
  p.meetings.push_back(proposed);
  EXPECT_EQ(p.meeting("ilsc-2025-06-10-proposed"), &p.meetings.back());
  EXPECT_EQ(p.meetings_of("ilsc"), scan_meetings_of(p, "ilsc"));
  EXPECT_EQ(p.meetings_of("ilsc").size(), 11u);
}

}  // namespace
}  // namespace agendad::planner
