// membership_changes: and a meeting's attendance: are read strictly, every error located; and the
// example configuration carries the membership of 4 March 2025 as the minutes have it.
#include <gtest/gtest.h>

#include "planner/model/membership.hpp"
#include "tests/load/load_helpers.hpp"

namespace agendad::planner {
namespace {
using namespace std::chrono;
using testing::load_with_council;
using testing::only_about;

// Line numbers count from `committees:` as line 1; the change or meeting under test comes after.
const std::string committee_head = R"(committees:
  - id: ilsc
    name: Improving Lives Select Commission
    members:
      - {name: Pitchley, role: chair}
      - Knight
      - N Harper
)";

Diagnostics errors_of(const std::string& rest) {
  auto loaded = load_with_council(committee_head + rest);
  if (loaded) throw std::runtime_error("expected the configuration to be refused");
  return loaded.error();
}

void expect_at(const Diagnostic& d, int line, int column) {
  EXPECT_EQ(d.severity, Severity::error);
  EXPECT_EQ(d.where.file, "config/test.yaml");
  EXPECT_EQ(d.where.line, line) << format_line(d);
  EXPECT_EQ(d.where.column, column) << format_line(d);
}

const std::string one_meeting = R"(    meetings:
      - id: m1
        date: 2025-03-04
)";

TEST(LoadMembership, ReadsChangesAndAttendance) {
  auto loaded = load_with_council(committee_head + R"(    membership_changes:
      - by: 2025-03-04
        join: [Garnett]
        source: Minutes of 4 March 2025
      - on: 2025-04-01
        leave: [Knight]
        join: [{name: Allen, full_name: A Allen, role: vice_chair}]
        source: a letter
)" + one_meeting + R"(        attendance:
          chair: Pitchley
          present: [Pitchley, Garnett]
          apologies: [N Harper]
          substitutes: [{name: Allen, for: Knight}]
          source: Minutes of 4 March 2025
)");
  ASSERT_TRUE(loaded) << testing::all_lines(loaded.error());
  const Committee& c = *loaded->committee("ilsc");
  ASSERT_EQ(c.membership_changes.size(), 2u);
  EXPECT_FALSE(c.membership_changes[0].day_known);
  EXPECT_EQ(c.membership_changes[0].source, "Minutes of 4 March 2025");
  EXPECT_TRUE(c.membership_changes[1].day_known);
  EXPECT_EQ(c.membership_changes[1].join[0].role, MemberRole::vice_chair);
  EXPECT_EQ(membership_on(c, 2025y / April / 1d).size(), 4u);  // Pitchley, N Harper, Garnett, Allen
  const Attendance& a = *loaded->meetings.front().attendance;
  EXPECT_EQ(a.chair, "Pitchley");
  EXPECT_EQ(a.present, (std::vector<std::string>{"Pitchley", "Garnett"}));
  EXPECT_EQ(a.apologies, std::vector<std::string>{"N Harper"});
  ASSERT_EQ(a.substitutes.size(), 1u);
  EXPECT_EQ(a.substitutes[0].for_member, "Knight");
}

TEST(LoadMembership, OnAndByTogetherOrNeither) {
  auto errors = errors_of(R"(    membership_changes:
      - on: 2025-03-04
        by: 2025-03-04
        join: [Garnett]
        source: minutes
      - join: [Allen]
        source: minutes
)");
  expect_at(only_about(errors, "committees.ilsc.membership_changes[0].by"), 10, 13);
  Diagnostic neither = only_about(errors, "committees.ilsc.membership_changes[1].on");
  EXPECT_EQ(neither.message, "a change of membership must say when");
  expect_at(neither, 13, 9);
}

TEST(LoadMembership, UnknownKeysMissingSourceAndNoOne) {
  auto errors = errors_of(R"(    membership_changes:
      - on: 2025-03-04
        joins: [Garnett]
)");
  Diagnostic unknown = only_about(errors, "committees.ilsc.membership_changes[0].joins");
  EXPECT_EQ(unknown.message, "`joins`: did you mean `join`?");
  expect_at(unknown, 10, 9);
  expect_at(only_about(errors, "committees.ilsc.membership_changes[0].source"), 9, 9);
  expect_at(only_about(errors, "committees.ilsc.membership_changes[0].join"), 9, 9);
}

TEST(LoadMembership, LeavingSomeoneNotAMemberThen) {
  // In date order: Knight leaves on 1 April, so cannot leave again on 2 May, though written first.
  auto errors = errors_of(R"(    membership_changes:
      - on: 2025-05-02
        leave: [Knight]
        source: b
      - on: 2025-04-01
        leave: [Knight, Harper]
        join: [Pitchley]
        source: a
)");
  Diagnostic again = only_about(errors, "committees.ilsc.membership_changes[0].leave[0]");
  EXPECT_EQ(again.message, "is not a member on 2 May 2025, so cannot leave");
  expect_at(again, 10, 17);
  Diagnostic harper = only_about(errors, "committees.ilsc.membership_changes[1].leave[1]");
  EXPECT_EQ(harper.found, "Harper");
  expect_at(harper, 13, 25);
  Diagnostic joined = only_about(errors, "committees.ilsc.membership_changes[1].join[0]");
  EXPECT_EQ(joined.message, "is already a member on 1 April 2025");
  expect_at(joined, 14, 16);
}

TEST(LoadMembership, AttendanceNamesMembersOnTheDay) {
  auto errors = errors_of(one_meeting + R"(        attendance:
          chair: Knight
          present: [Pitchley, Harper, Garnett]
          apologies: [Pitchley]
          substitutes: [{name: Allen, for: Pitchley}, {name: Allen}]
          sorce: minutes
)");
  const std::string at = "committees.ilsc.meetings.m1.attendance.";
  Diagnostic harper = only_about(errors, at + "present[1]");
  EXPECT_EQ(harper.message, "is not a member on 4 March 2025; did you mean `N Harper`?");
  expect_at(harper, 13, 31);
  expect_at(only_about(errors, at + "present[2]"), 13, 39);  // Garnett had not joined: no change says so
  EXPECT_EQ(only_about(errors, at + "apologies[0]").message, "is named twice in the attendance");
  EXPECT_EQ(only_about(errors, at + "chair").message, "is not among those present");
  EXPECT_EQ(only_about(errors, at + "substitutes[0].for").message, "is among those present");
  expect_at(only_about(errors, at + "substitutes[1].for"), 15, 55);
  expect_at(only_about(errors, at + "sorce"), 16, 11);
  expect_at(only_about(errors, at + "source"), 12, 11);
}

TEST(ExampleMembership, FourMarch2025AsTheMinutesHaveIt) {
  Programme programme = testing::load_example();
  const Committee& ilsc = *programme.committee("ilsc");
  auto has = [](const std::vector<Member>& members, std::string_view name) {
    return std::any_of(members.begin(), members.end(), [&](const Member& m) { return m.name == name; });
  };
  EXPECT_TRUE(has(membership_on(ilsc, 2025y / March / 4d), "Garnett"));
  EXPECT_FALSE(has(membership_on(ilsc, 2024y / September / 17d), "Garnett"));
  // The minutes do not mention them, so nothing says they left.
  EXPECT_TRUE(has(membership_on(ilsc, 2025y / March / 4d), "T. Collingham"));
  EXPECT_TRUE(has(membership_on(ilsc, 2025y / March / 4d), "Reynolds"));
  ASSERT_EQ(ilsc.membership_changes.size(), 1u);
  EXPECT_FALSE(ilsc.membership_changes[0].day_known);

  auto meeting = std::find_if(programme.meetings.begin(), programme.meetings.end(),
                              [](const Meeting& m) { return m.id == "ilsc-2025-03-04"; });
  ASSERT_NE(meeting, programme.meetings.end());
  ASSERT_TRUE(meeting->attendance);
  EXPECT_EQ(meeting->attendance->chair, "Pitchley");
  EXPECT_EQ(meeting->attendance->present,
            (std::vector<std::string>{"Pitchley", "Baggaley", "Bower", "Brent", "Foster", "Garnett", "N Harper", "Monk",
                                      "Ryalls", "Sutton"}));
  EXPECT_EQ(meeting->attendance->apologies,
            (std::vector<std::string>{"Blackham", "Elliott", "Fisher", "Hughes", "Knight"}));
  EXPECT_TRUE(meeting->attendance->substitutes.empty());
}

}  // namespace
}  // namespace agendad::planner
