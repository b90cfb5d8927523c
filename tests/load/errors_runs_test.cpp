// Whole runs of the loader: every error of a run is reported, not only the first, in order of
// place and across files; suggestions; what a diagnostic prints as; and warnings, which do not
// refuse a configuration. One broken field a run is errors_test.cpp's table.
#include <gtest/gtest.h>

#include "tests/load/errors_helpers.hpp"

namespace agendad::planner {
namespace {
using testing::errors_in_ilsc;
using testing::errors_of;
using testing::expect_at;
using testing::ilsc_preamble;
using testing::load_with_council;
using testing::only_about;

TEST(LoadErrors, AValidCommitteeLoads) {
  auto loaded = load_with_council(ilsc_preamble + R"(    start: "10:00"
    venue: town-hall
    meetings:
      - id: m1
        date: 2024-09-17
    items:
      - id: ofsted
        title: Ofsted Focused Visit Outcome
        status: booked
        meeting: m1
        topic: {time: 3, others: 3, performance: 3, interest: 3, contribution: 3}
)");
  ASSERT_TRUE(loaded) << testing::all_lines(loaded.error());
  EXPECT_EQ(loaded->item("ofsted")->topic->total(), 15);
}

// The misspelt field is named with the nearest real one, and the real one is then missing.
TEST(LoadErrors, UnknownKeyGetsASuggestion) {
  auto errors = errors_in_ilsc(R"(    meetings:
      - id: m1
        dat: 2024-09-17
)");
  Diagnostic d = only_about(errors, "committees.ilsc.meetings.m1.dat");
  EXPECT_EQ(d.message, "`dat`: did you mean `date`?");
  EXPECT_NE(d.expected.find("date, start, end"), std::string::npos) << d.expected;
  expect_at(d, 6, 9);
  Diagnostic missing = only_about(errors, "committees.ilsc.meetings.m1.date");
  EXPECT_EQ(missing.message, "is missing");
  expect_at(missing, 5, 9);
}

// The line a clerk reads: place, severity, field, message, then what was found and expected.
TEST(LoadErrors, ADiagnosticPrintsAsOneLine) {
  auto errors = errors_in_ilsc(R"(    meetings:
      - id: ilsc-2025-02-28
        date: 2025-02-30
)");
  EXPECT_EQ(format_line(only_about(errors, "committees.ilsc.meetings.ilsc-2025-02-28.date")),
            "config/test.yaml:6:15: error: committees.ilsc.meetings.ilsc-2025-02-28.date: there is no such day "
            "(found 2025-02-30; expected a date as YYYY-MM-DD, such as 2024-09-17)");
}

TEST(LoadErrors, DuplicateIdsOfEveryKind) {
  auto loaded = agendad::planner::load_programme({{"a.yaml", R"(venues:
  - {id: hall, name: Town Hall}
  - {id: hall, name: Town Hall again}
bodies:
  - {id: cabinet, name: Cabinet}
  - {id: cabinet, name: Cabinet again}
  - {id: ilsc, name: Not a committee}
committees:
  - id: ilsc
    name: Improving Lives Select Commission
    meetings:
      - {id: m1, date: 2024-09-17}
    items:
      - {id: i1, title: One, status: proposed}
      - {id: i1, title: Two, status: proposed}
    actions:
      - {id: a1, owed: a reply}
      - {id: a1, owed: another reply}
  - id: ilsc
    name: Twice
    meetings:
      - {id: m2, date: 2024-09-18}
)"}});
  ASSERT_FALSE(loaded);
  EXPECT_EQ(only_about(loaded.error(), "venues.hall.id").where.line, 3);
  EXPECT_EQ(only_about(loaded.error(), "bodies.cabinet.id").where.line, 6);
  EXPECT_EQ(only_about(loaded.error(), "bodies.ilsc.id").message, "the id is already used by a committee");
  EXPECT_EQ(only_about(loaded.error(), "committees.ilsc.items.i1.id").where.line, 15);
  EXPECT_EQ(only_about(loaded.error(), "committees.ilsc.actions.a1.id").where.line, 18);
  Diagnostic committee = only_about(loaded.error(), "committees.ilsc.id");
  EXPECT_EQ(committee.message, "the id is already used by another committee");
  EXPECT_EQ(committee.where.line, 19);
}

// Without the council's file there is no scale, so no score can be checked against it.
TEST(LoadErrors, TopicScoresWithNoScaleConfigured) {
  auto loaded = load_programme({{"only.yaml", ilsc_preamble + R"(    meetings:
      - {id: m1, date: 2024-09-17}
    items:
      - id: parking
        title: Parking outside schools
        status: shortlisted
        topic:
          time: 3
          others: 3
          performance: 3
          interest: 3
          contribution: 3
)"}});
  ASSERT_FALSE(loaded);
  Diagnostic d = only_about(loaded.error(), "committees.ilsc.items.parking.topic.time");
  EXPECT_EQ(d.message, "is a TOPIC score, but the council sets no scale for scoring");
  EXPECT_EQ(d.where.line, 11);
  EXPECT_EQ(d.where.column, 17);
}

// A committee, meeting or item without its id is named by its place in the list.
TEST(LoadErrors, MissingRequiredFields) {
  auto errors = errors_of(R"(committees:
  - short_name: ILSC
    meetings:
      - date: 2024-09-17
      - id: m2
    items:
      - id: something
      - title: No id
        status: proposed
)");
  EXPECT_EQ(only_about(errors, "committees[0].id").message, "is missing");
  EXPECT_EQ(only_about(errors, "committees[0].name").message, "is missing");
  expect_at(only_about(errors, "committees[0].meetings[0].id"), 4, 9);
  expect_at(only_about(errors, "committees[0].meetings.m2.date"), 5, 9);
  EXPECT_EQ(only_about(errors, "committees[0].items.something.title").message, "is missing");
  EXPECT_EQ(only_about(errors, "committees[0].items.something.status").message, "is missing");
  EXPECT_EQ(only_about(errors, "committees[0].items[1].id").message, "is missing");
}

TEST(LoadErrors, IdsMustBeUsableInAddresses) {
  auto errors = errors_of(R"(committees:
  - id: ILSC 2024
    name: Improving Lives Select Commission
)");
  Diagnostic d = only_about(errors, "committees[0].id");
  EXPECT_EQ(d.message, "is not a usable id");
  expect_at(d, 2, 9);
}

TEST(LoadErrors, EveryErrorOfARunInOrderOfPlace) {
  auto errors = errors_in_ilsc(R"(    start: "9.30"
    meetings:
      - {id: m1, date: 2024-13-01}
      - {id: m2, date: 2024-09-17, kind: workshp}
    items:
      - {id: x, title: X, status: bookd}
)");
  ASSERT_EQ(errors.size(), 4u) << testing::all_lines(errors);
  EXPECT_EQ(errors[0].field, "committees.ilsc.start");
  EXPECT_EQ(errors[1].field, "committees.ilsc.meetings.m1.date");
  EXPECT_EQ(errors[2].field, "committees.ilsc.meetings.m2.kind");
  EXPECT_EQ(errors[2].message, "`workshp` is not a kind of meeting; did you mean `workshop`?");
  EXPECT_EQ(errors[3].field, "committees.ilsc.items.x.status");
  EXPECT_EQ(errors[3].message, "`bookd` is not an item status; did you mean `booked`?");
  for (std::size_t i = 1; i < errors.size(); ++i) EXPECT_LT(errors[i - 1].where.line, errors[i].where.line);
}

TEST(LoadErrors, ErrorsInSeveralFilesAreAllReported) {
  auto loaded = load_programme({{"a.yaml", "venues:\n  - {id: hall}\n"}, {"b.yaml", "bodies:\n  - {name: Cabinet}\n"}});
  ASSERT_FALSE(loaded);
  EXPECT_EQ(only_about(loaded.error(), "venues.hall.name").where.file, "a.yaml");
  EXPECT_EQ(only_about(loaded.error(), "bodies[0].id").where.file, "b.yaml");
}

TEST(LoadErrors, BrokenYamlSyntaxIsLocated) {
  auto errors = errors_of("committees:\n  - id: ilsc\n    name: [Improving Lives\n");
  ASSERT_EQ(errors.size(), 1u) << testing::all_lines(errors);
  EXPECT_NE(errors[0].message.find("the YAML cannot be read here"), std::string::npos);
  EXPECT_EQ(errors[0].where.file, "config/test.yaml");
  EXPECT_GT(errors[0].where.line, 0);
}

TEST(LoadErrors, TheCouncilDescribedTwice) {
  auto loaded = load_programme({{"a.yaml", "council:\n  name: Rotherham\n"}, {"b.yaml", "council:\n  name: Again\n"}});
  ASSERT_FALSE(loaded);
  Diagnostic d = only_about(loaded.error(), "council");
  EXPECT_EQ(d.where.file, "b.yaml");
  EXPECT_EQ(d.expected, "one council (the first is at a.yaml:2:3)");
}

TEST(LoadErrors, MinuteOutsideTheMeetingsMinutes) {
  auto errors = errors_in_ilsc(R"(    meetings:
      - {id: ilsc-2025-03-04, date: 2025-03-04, minutes: {first: 59, last: 67}}
    items:
      - {id: yjs, title: Youth Justice Service Update, status: taken, meeting: ilsc-2025-03-04, minute: 46}
      - {id: da, title: Domestic Abuse Strategy Update, status: booked, meeting: ilsc-2025-03-04, minute: 12}
    actions:
      - {id: neighbours, owed: a written response, meeting: ilsc-2025-03-04, minute: 68}
)");
  ASSERT_EQ(errors.size(), 2u) << testing::all_lines(errors) << "a booking's minute is of another meeting";
  EXPECT_EQ(errors[0].field, "committees.ilsc.items.yjs.minute");
  EXPECT_EQ(errors[0].message, "is not among the minutes of ilsc-2025-03-04");
  EXPECT_EQ(errors[0].expected, "a minute from 59 to 67");
  expect_at(errors[0], 7, 105);
  EXPECT_EQ(errors[1].field, "committees.ilsc.actions.neighbours.minute");
}

TEST(LoadWarnings, ACommitteeWithNoMeetings) {
  auto loaded = load_programme_with_warnings(
      {{"config/council.yaml", testing::council_yaml}, {"config/test.yaml", ilsc_preamble}});
  ASSERT_TRUE(loaded) << testing::all_lines(loaded.error());
  ASSERT_EQ(loaded->warnings.size(), 1u);
  EXPECT_EQ(loaded->warnings[0].severity, Severity::warning);
  EXPECT_EQ(loaded->warnings[0].field, "committees.ilsc.meetings");
  EXPECT_EQ(loaded->warnings[0].where.line, 2);
}

TEST(LoadWarnings, AMeetingOnASaturday) {
  auto loaded = load_programme_with_warnings(
      {{"config/council.yaml", testing::council_yaml},
       {"config/test.yaml", "committees:\n  - id: ilsc\n    name: ILSC\n    meetings:\n      - {id: m1, date: 2024-09-14}\n"}});
  ASSERT_TRUE(loaded) << testing::all_lines(loaded.error());
  ASSERT_EQ(loaded->warnings.size(), 1u);
  EXPECT_EQ(loaded->warnings[0].message, "falls on a Saturday; is the date right?");
}

}  // namespace
}  // namespace agendad::planner
