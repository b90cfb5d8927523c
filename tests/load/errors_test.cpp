// Every malformed configuration gets a located error in a clerk's words: file, line, column, field,
// what was found and what was expected; and every error of a run is reported, not only the first.
#include <gtest/gtest.h>

#include "tests/load/load_helpers.hpp"

namespace agendad {
namespace {
using testing::load_with_council;
using testing::only_about;

// Line numbers in these tests count from the `committees:` line as line 1.
Diagnostics errors_of(const std::string& committee_yaml) {
  auto loaded = load_with_council(committee_yaml);
  if (loaded) throw std::runtime_error("expected the configuration to be refused");
  return loaded.error();
}

void expect_at(const Diagnostic& d, int line, int column) {
  EXPECT_EQ(d.severity, Severity::error);
  EXPECT_EQ(d.where.file, "config/test.yaml");
  EXPECT_EQ(d.where.line, line) << format_line(d);
  EXPECT_EQ(d.where.column, column) << format_line(d);
}

TEST(LoadErrors, AValidCommitteeLoads) {
  auto loaded = load_with_council(R"(committees:
  - id: ilsc
    name: Improving Lives Select Commission
    start: "10:00"
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

TEST(LoadErrors, UnknownKeyGetsASuggestion) {
  auto errors = errors_of(R"(committees:
  - id: ilsc
    name: Improving Lives Select Commission
    meetings:
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

TEST(LoadErrors, NoSpaceAfterTheColon) {
  auto errors = errors_of(R"(committees:
  - id: ilsc
    name: Improving Lives Select Commission
    meetings:
      - id: m1
        date:2024-09-17
)");
  Diagnostic d = only_about(errors, "committees.ilsc.meetings.m1.date:2024-09-17");
  EXPECT_EQ(d.message, "`date:2024-09-17`: put a space after the colon, as in `date: 2024-09-17`");
  expect_at(d, 6, 9);
}

TEST(LoadErrors, UnknownKeyFarFromAnyFieldIsStillNamed) {
  auto errors = errors_of(R"(committees:
  - id: ilsc
    name: Improving Lives Select Commission
    colour: blue
)");
  Diagnostic d = only_about(errors, "committees.ilsc.colour");
  EXPECT_EQ(d.message, "`colour` is not a field here");
  expect_at(d, 4, 5);
}

TEST(LoadErrors, ImpossibleDate) {
  auto errors = errors_of(R"(committees:
  - id: ilsc
    name: Improving Lives Select Commission
    meetings:
      - id: ilsc-2025-02-28
        date: 2025-02-30
)");
  Diagnostic d = only_about(errors, "committees.ilsc.meetings.ilsc-2025-02-28.date");
  EXPECT_EQ(d.message, "there is no such day");
  EXPECT_EQ(d.found, "2025-02-30");
  EXPECT_EQ(d.expected, "a date as YYYY-MM-DD, such as 2024-09-17");
  expect_at(d, 6, 15);
  EXPECT_EQ(format_line(d),
            "config/test.yaml:6:15: error: committees.ilsc.meetings.ilsc-2025-02-28.date: there is no such day "
            "(found 2025-02-30; expected a date as YYYY-MM-DD, such as 2024-09-17)");
}

TEST(LoadErrors, DateInTheWrongShape) {
  auto errors = errors_of(R"(committees:
  - id: ilsc
    name: Improving Lives Select Commission
    meetings:
      - id: m1
        date: 17/09/2024
)");
  Diagnostic d = only_about(errors, "committees.ilsc.meetings.m1.date");
  EXPECT_EQ(d.message, "is not a date");
  EXPECT_EQ(d.found, "17/09/2024");
}

TEST(LoadErrors, ImpossibleTime) {
  auto errors = errors_of(R"(committees:
  - id: ilsc
    name: Improving Lives Select Commission
    meetings:
      - id: m1
        date: 2024-09-17
        start: "25:00"
)");
  Diagnostic d = only_about(errors, "committees.ilsc.meetings.m1.start");
  EXPECT_EQ(d.message, "there is no such time of day");
  EXPECT_EQ(d.found, "25:00");
  expect_at(d, 7, 16);
}

TEST(LoadErrors, EndBeforeStart) {
  auto errors = errors_of(R"(committees:
  - id: ilsc
    name: Improving Lives Select Commission
    meetings:
      - id: m1
        date: 2024-09-17
        start: "14:00"
        end: "10:00"
)");
  Diagnostic d = only_about(errors, "committees.ilsc.meetings.m1.end");
  EXPECT_EQ(d.message, "is not after the start");
  EXPECT_EQ(d.expected, "a time after 14:00");
  expect_at(d, 8, 14);
}

TEST(LoadErrors, DuplicateMeetingIdsAcrossCommittees) {
  auto errors = errors_of(R"(committees:
  - id: ilsc
    name: Improving Lives Select Commission
    meetings:
      - id: m1
        date: 2024-09-17
  - id: ipsc
    name: Improving Places Select Commission
    meetings:
      - id: m1
        date: 2024-09-18
)");
  Diagnostic d = only_about(errors, "committees.ipsc.meetings.m1.id");
  EXPECT_EQ(d.message, "the id is already used by another meeting");
  EXPECT_EQ(d.expected, "a new id (the other is at config/test.yaml:5:9)");
  expect_at(d, 10, 9);
}

TEST(LoadErrors, DuplicateIdsOfEveryKind) {
  auto loaded = agendad::load_programme({{"a.yaml", R"(venues:
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

TEST(LoadErrors, BookingOnAMeetingThatDoesNotExist) {
  auto errors = errors_of(R"(committees:
  - id: ilsc
    name: Improving Lives Select Commission
    meetings:
      - id: ilsc-2024-09-17
        date: 2024-09-17
    items:
      - id: ofsted
        title: Ofsted Focused Visit Outcome
        status: booked
        meeting: ilsc-2024-09-71
)");
  Diagnostic d = only_about(errors, "committees.ilsc.items.ofsted.meeting");
  EXPECT_EQ(d.message, "names no meeting in the configuration; did you mean `ilsc-2024-09-17`?");
  EXPECT_EQ(d.found, "ilsc-2024-09-71");
  expect_at(d, 11, 18);
}

TEST(LoadErrors, BookingOnACancelledMeeting) {
  auto errors = errors_of(R"(committees:
  - id: ilsc
    name: Improving Lives Select Commission
    meetings:
      - id: m1
        date: 2024-09-17
        status: cancelled
        status_reason: not quorate
    items:
      - id: ofsted
        title: Ofsted Focused Visit Outcome
        status: booked
        meeting: m1
      - id: deferred-from-it
        title: Deferred from the cancelled meeting, which is history
        status: deferred
        meeting: m1
)");
  Diagnostic d = only_about(errors, "committees.ilsc.items.ofsted.meeting");
  EXPECT_EQ(d.message, "is booked on a meeting that is cancelled; rebook it or mark it awaiting_date");
  expect_at(d, 13, 18);
  EXPECT_EQ(errors.size(), 1u) << testing::all_lines(errors);
}

TEST(LoadErrors, BookingOnAnotherCommitteesMeeting) {
  auto errors = errors_of(R"(committees:
  - id: ilsc
    name: Improving Lives Select Commission
    meetings:
      - {id: m1, date: 2024-09-17}
  - id: ipsc
    name: Improving Places Select Commission
    meetings:
      - {id: m2, date: 2024-09-18}
    items:
      - {id: roads, title: Roads, status: booked, meeting: m1}
)");
  Diagnostic d = only_about(errors, "committees.ipsc.items.roads.meeting");
  EXPECT_EQ(d.message, "is a meeting of Improving Lives Select Commission, not of this committee");
}

TEST(LoadErrors, BookedAndAwaitingDate) {
  auto errors = errors_of(R"(committees:
  - id: ilsc
    name: Improving Lives Select Commission
    meetings:
      - {id: m1, date: 2024-09-17}
    items:
      - id: pause-update
        title: PAUSE Update
        status: awaiting_date
        meeting: m1
)");
  Diagnostic d = only_about(errors, "committees.ilsc.items.pause-update.meeting");
  EXPECT_EQ(d.message,
            "the item is both booked on a meeting and awaiting a date; remove the meeting, or set the status to booked");
  expect_at(d, 10, 18);
}

TEST(LoadErrors, BookedWithoutAMeeting) {
  auto errors = errors_of(R"(committees:
  - id: ilsc
    name: Improving Lives Select Commission
    meetings:
      - {id: m1, date: 2024-09-17}
    items:
      - id: ofsted
        title: Ofsted
        status: booked
)");
  Diagnostic d = only_about(errors, "committees.ilsc.items.ofsted.meeting");
  EXPECT_EQ(d.message, "a booked item must say which meeting it is booked on");
  expect_at(d, 9, 17);
}

TEST(LoadErrors, TopicScoreOutsideTheScale) {
  auto errors = errors_of(R"(committees:
  - id: ilsc
    name: Improving Lives Select Commission
    meetings:
      - {id: m1, date: 2024-09-17}
    items:
      - id: parking
        title: Parking outside schools
        status: shortlisted
        topic: {time: 3, others: 6, performance: 3, interest: 0, contribution: 3}
)");
  Diagnostic high = only_about(errors, "committees.ilsc.items.parking.topic.others");
  EXPECT_EQ(high.message, "is outside the TOPIC scale");
  EXPECT_EQ(high.found, "6");
  EXPECT_EQ(high.expected, "a score from 1 to 5");
  expect_at(high, 10, 34);
  EXPECT_EQ(only_about(errors, "committees.ilsc.items.parking.topic.interest").found, "0");
}

TEST(LoadErrors, TopicScoresWithNoScaleConfigured) {
  auto loaded = load_programme({{"only.yaml", R"(committees:
  - id: ilsc
    name: Improving Lives Select Commission
    meetings:
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

TEST(LoadErrors, UnknownVenueAndBodies) {
  auto errors = errors_of(R"(committees:
  - id: ilsc
    name: Improving Lives Select Commission
    venue: town-hal
    meetings:
      - {id: m1, date: 2024-09-17}
    items:
      - id: kinship
        title: Rotherham Kinship Local Offer
        status: awaiting_date
        due_before: {body: cabnet, month: 2025-07}
        joint_with: ipsc
      - id: parking
        title: Parking outside schools - Scrutiny Review
        status: awaiting_date
        possibly_joint_with: ipcs
)");
  Diagnostic venue = only_about(errors, "committees.ilsc.venue");
  EXPECT_EQ(venue.message, "names no venue in the configuration; did you mean `town-hall`?");
  expect_at(venue, 4, 12);
  Diagnostic body = only_about(errors, "committees.ilsc.items.kinship.due_before.body");
  EXPECT_EQ(body.message, "names no committee or other body in the configuration; did you mean `cabinet`?");
  expect_at(body, 11, 28);
  EXPECT_EQ(only_about(errors, "committees.ilsc.items.kinship.joint_with").found, "ipsc");
  EXPECT_EQ(only_about(errors, "committees.ilsc.items.parking.possibly_joint_with").found, "ipcs");
}

TEST(LoadErrors, JointAndPossiblyJointTogether) {
  auto errors = errors_of(R"(committees:
  - id: ilsc
    name: Improving Lives Select Commission
    meetings:
      - {id: m1, date: 2024-09-17}
    items:
      - id: parking
        title: Parking outside schools - Scrutiny Review
        status: awaiting_date
        joint_with: ilsc
        possibly_joint_with: ilsc
)");
  Diagnostic both = only_about(errors, "committees.ilsc.items.parking.possibly_joint_with");
  EXPECT_EQ(both.message, "is given with joint_with: an item is taken jointly or possibly jointly, not both");
  expect_at(both, 11, 30);
}

TEST(LoadErrors, ExemptParagraphAndPublicTitle) {
  auto errors = errors_of(R"(committees:
  - id: ilsc
    name: Improving Lives Select Commission
    meetings:
      - {id: m1, date: 2024-09-17}
    items:
      - id: contract
        title: Residential placements contract
        status: booked
        meeting: m1
        exempt: {paragraph: 8, public_title: A contract}
      - id: contract-2
        title: Another contract
        status: booked
        meeting: m1
        exempt:
          paragraph: 3
)");
  Diagnostic paragraph = only_about(errors, "committees.ilsc.items.contract.exempt.paragraph");
  EXPECT_EQ(paragraph.message, "is out of range");
  EXPECT_EQ(paragraph.expected, "a whole number from 1 to 7");
  expect_at(paragraph, 11, 29);
  Diagnostic title = only_about(errors, "committees.ilsc.items.contract-2.exempt.public_title");
  EXPECT_EQ(title.message, "is missing");
  EXPECT_EQ(title.expected, "the title the public agenda may show");
  expect_at(title, 17, 11);
}

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

TEST(LoadErrors, EveryErrorOfARunInOrderOfPlace) {
  auto errors = errors_of(R"(committees:
  - id: ilsc
    name: Improving Lives Select Commission
    start: "9.30"
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

TEST(LoadErrors, AFieldGivenTwice) {
  auto errors = errors_of(R"(committees:
  - id: ilsc
    name: Improving Lives Select Commission
    meetings:
      - id: m1
        date: 2024-09-17
        date: 2024-09-18
)");
  Diagnostic d = only_about(errors, "committees.ilsc.meetings.m1.date");
  EXPECT_EQ(d.message, "is given twice in the same place; keep one");
  EXPECT_EQ(d.expected, "each field once (the first is at line 6)");
  expect_at(d, 7, 9);
}

TEST(LoadErrors, AListWhereAMapBelongs) {
  auto errors = errors_of(R"(committees:
  - id: ilsc
    name: Improving Lives Select Commission
    members:
      Pitchley: chair
)");
  Diagnostic d = only_about(errors, "committees.ilsc.members");
  EXPECT_EQ(d.message, "should be a list, each entry starting with \"- \"");
  EXPECT_EQ(d.found, "a map of fields");
  expect_at(d, 5, 7);
}

TEST(LoadErrors, TwoChairs) {
  auto errors = errors_of(R"(committees:
  - id: ilsc
    name: Improving Lives Select Commission
    members:
      - {name: Pitchley, role: chair}
      - {name: Knight, role: chair}
)");
  Diagnostic d = only_about(errors, "committees.ilsc.members[1].role");
  EXPECT_EQ(d.message, "the committee already has a chair");
  expect_at(d, 6, 30);
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

TEST(LoadErrors, JointMeetingNeedsItsPartner) {
  auto errors = errors_of(R"(committees:
  - id: ilsc
    name: Improving Lives Select Commission
    meetings:
      - {id: m1, date: 2024-09-17, kind: joint}
      - {id: m2, date: 2024-09-18, joint_with: cabinet}
)");
  EXPECT_EQ(only_about(errors, "committees.ilsc.meetings.m1.joint_with").message,
            "a joint meeting must say whom it is held with");
  EXPECT_EQ(only_about(errors, "committees.ilsc.meetings.m2.joint_with").message,
            "is given but the meeting is not a joint meeting");
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

TEST(LoadErrors, DueBeforeNeedsAWhen) {
  auto errors = errors_of(R"(committees:
  - id: ilsc
    name: Improving Lives Select Commission
    meetings:
      - {id: m1, date: 2024-09-17}
    items:
      - id: kinship
        title: Rotherham Kinship Local Offer
        status: awaiting_date
        due_before: {body: cabinet}
)");
  EXPECT_EQ(only_about(errors, "committees.ilsc.items.kinship.due_before.date").message,
            "says which body but not when it meets");
}

TEST(LoadErrors, AMeetingRefusedForItsDateIsNotReportedAgainWhereItIsBooked) {
  auto errors = errors_of(R"(committees:
  - id: ilsc
    name: Improving Lives Select Commission
    meetings:
      - {id: m1, date: 2025-02-30}
    items:
      - {id: x, title: X, status: booked, meeting: m1}
)");
  ASSERT_EQ(errors.size(), 1u) << testing::all_lines(errors);
  EXPECT_EQ(errors[0].field, "committees.ilsc.meetings.m1.date");
}

TEST(LoadErrors, MinuteOutsideTheMeetingsMinutes) {
  auto errors = errors_of(R"(committees:
  - id: ilsc
    name: Improving Lives Select Commission
    meetings:
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

TEST(LoadErrors, HistoryRunningBackwards) {
  auto errors = errors_of(R"(committees:
  - id: ilsc
    name: Improving Lives Select Commission
    meetings:
      - {id: m1, date: 2025-04-22}
    items:
      - id: ehe
        title: Revised Elective Home Education Policy Update
        status: deferred
        since: 2025-01-04
        meeting: m1
        earlier:
          - {status: booked, meeting: m1, since: 2025-03-04}
)");
  Diagnostic d = only_about(errors, "committees.ilsc.items.ehe.since");
  EXPECT_EQ(d.message, "comes before the date of an earlier state; list earlier states oldest first");
  EXPECT_EQ(d.expected, "a date on or after 2025-03-04");
  expect_at(d, 10, 16);
}

TEST(LoadWarnings, ACommitteeWithNoMeetings) {
  auto loaded = load_programme_with_warnings(
      {{"config/council.yaml", testing::council_yaml},
       {"config/test.yaml", "committees:\n  - id: ilsc\n    name: Improving Lives Select Commission\n"}});
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
}  // namespace agendad
