// Every malformed configuration gets a located error in a clerk's words: file, line, column, field,
// what was found and what was expected. Each case is one broken fragment after the ILSC's first
// three lines (so a fragment starts on line 4) and the one error it must get; whole runs (several
// errors, suggestions, other files) are in errors_runs_test.cpp.
#include <optional>
#include <ostream>
#include <string>

#include <gtest/gtest.h>

#include "tests/load/errors_helpers.hpp"

namespace agendad::planner {
namespace {
using testing::errors_in_ilsc;
using testing::expect_at;
using testing::only_about;

struct BrokenFragment {
  const char* name;  // the test's name: what is broken
  std::string fragment;
  std::string field;  // exactly one error of the run is about it
  int line = 0;
  int column = 0;
  std::string message;
  std::optional<std::string> found{};
  std::optional<std::string> expected{};
  bool alone = false;  // and it is the run's only error: nothing else is reported because of it
};

// A failing case is named by what it breaks, not by its bytes.
[[maybe_unused]] void PrintTo(const BrokenFragment& broken, std::ostream* out) { *out << broken.name; }

// Fragments that break several fields at once, each field a case of its own.
const std::string topic_scores = R"(    meetings:
      - {id: m1, date: 2024-09-17}
    items:
      - id: parking
        title: Parking outside schools
        status: shortlisted
        topic: {time: 3, others: 6, performance: 3, interest: 0, contribution: 3}
)";

const std::string unknown_names = R"(    venue: town-hal
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
)";

const std::string exempt_items = R"(    meetings:
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
)";

const std::string joint_meetings = R"(    meetings:
      - {id: m1, date: 2024-09-17, kind: joint}
      - {id: m2, date: 2024-09-18, joint_with: cabinet}
)";

const BrokenFragment broken_fragments[] = {
    {.name = "NoSpaceAfterTheColon",
     .fragment = R"(    meetings:
      - id: m1
        date:2024-09-17
)",
     .field = "committees.ilsc.meetings.m1.date:2024-09-17",
     .line = 6,
     .column = 9,
     .message = "`date:2024-09-17`: put a space after the colon, as in `date: 2024-09-17`"},
    {.name = "UnknownKeyFarFromAnyFieldIsStillNamed",
     .fragment = "    colour: blue\n",
     .field = "committees.ilsc.colour",
     .line = 4,
     .column = 5,
     .message = "`colour` is not a field here"},
    {.name = "ImpossibleDate",
     .fragment = R"(    meetings:
      - id: ilsc-2025-02-28
        date: 2025-02-30
)",
     .field = "committees.ilsc.meetings.ilsc-2025-02-28.date",
     .line = 6,
     .column = 15,
     .message = "there is no such day",
     .found = "2025-02-30",
     .expected = "a date as YYYY-MM-DD, such as 2024-09-17"},
    {.name = "DateInTheWrongShape",
     .fragment = R"(    meetings:
      - id: m1
        date: 17/09/2024
)",
     .field = "committees.ilsc.meetings.m1.date",
     .line = 6,
     .column = 15,
     .message = "is not a date",
     .found = "17/09/2024"},
    {.name = "ImpossibleTime",
     .fragment = R"(    meetings:
      - id: m1
        date: 2024-09-17
        start: "25:00"
)",
     .field = "committees.ilsc.meetings.m1.start",
     .line = 7,
     .column = 16,
     .message = "there is no such time of day",
     .found = "25:00"},
    {.name = "EndBeforeStart",
     .fragment = R"(    meetings:
      - id: m1
        date: 2024-09-17
        start: "14:00"
        end: "10:00"
)",
     .field = "committees.ilsc.meetings.m1.end",
     .line = 8,
     .column = 14,
     .message = "is not after the start",
     .expected = "a time after 14:00"},
    {.name = "DuplicateMeetingIdsAcrossCommittees",
     .fragment = R"(    meetings:
      - id: m1
        date: 2024-09-17
  - id: ipsc
    name: Improving Places Select Commission
    meetings:
      - id: m1
        date: 2024-09-18
)",
     .field = "committees.ipsc.meetings.m1.id",
     .line = 10,
     .column = 9,
     .message = "the id is already used by another meeting",
     .expected = "a new id (the other is at config/test.yaml:5:9)"},
    {.name = "BookingOnAMeetingThatDoesNotExist",
     .fragment = R"(    meetings:
      - id: ilsc-2024-09-17
        date: 2024-09-17
    items:
      - id: ofsted
        title: Ofsted Focused Visit Outcome
        status: booked
        meeting: ilsc-2024-09-71
)",
     .field = "committees.ilsc.items.ofsted.meeting",
     .line = 11,
     .column = 18,
     .message = "names no meeting in the configuration; did you mean `ilsc-2024-09-17`?",
     .found = "ilsc-2024-09-71"},
    // The item deferred from the cancelled meeting is history, not an error: the booking is the only one.
    {.name = "BookingOnACancelledMeeting",
     .fragment = R"(    meetings:
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
)",
     .field = "committees.ilsc.items.ofsted.meeting",
     .line = 13,
     .column = 18,
     .message = "is booked on a meeting that is cancelled; rebook it or mark it awaiting_date",
     .alone = true},
    {.name = "BookingOnAnotherCommitteesMeeting",
     .fragment = R"(    meetings:
      - {id: m1, date: 2024-09-17}
  - id: ipsc
    name: Improving Places Select Commission
    meetings:
      - {id: m2, date: 2024-09-18}
    items:
      - {id: roads, title: Roads, status: booked, meeting: m1}
)",
     .field = "committees.ipsc.items.roads.meeting",
     .line = 11,
     .column = 60,
     .message = "is a meeting of Improving Lives Select Commission, not of this committee"},
    {.name = "BookedAndAwaitingDate",
     .fragment = R"(    meetings:
      - {id: m1, date: 2024-09-17}
    items:
      - id: pause-update
        title: PAUSE Update
        status: awaiting_date
        meeting: m1
)",
     .field = "committees.ilsc.items.pause-update.meeting",
     .line = 10,
     .column = 18,
     .message =
         "the item is both booked on a meeting and awaiting a date; remove the meeting, or set the status to booked"},
    {.name = "BookedWithoutAMeeting",
     .fragment = R"(    meetings:
      - {id: m1, date: 2024-09-17}
    items:
      - id: ofsted
        title: Ofsted
        status: booked
)",
     .field = "committees.ilsc.items.ofsted.meeting",
     .line = 9,
     .column = 17,
     .message = "a booked item must say which meeting it is booked on"},
    {.name = "TopicScoreAboveTheScale",
     .fragment = topic_scores,
     .field = "committees.ilsc.items.parking.topic.others",
     .line = 10,
     .column = 34,
     .message = "is outside the TOPIC scale",
     .found = "6",
     .expected = "a score from 1 to 5"},
    {.name = "TopicScoreBelowTheScale",
     .fragment = topic_scores,
     .field = "committees.ilsc.items.parking.topic.interest",
     .line = 10,
     .column = 63,
     .message = "is outside the TOPIC scale",
     .found = "0"},
    {.name = "UnknownVenue",
     .fragment = unknown_names,
     .field = "committees.ilsc.venue",
     .line = 4,
     .column = 12,
     .message = "names no venue in the configuration; did you mean `town-hall`?"},
    {.name = "UnknownBody",
     .fragment = unknown_names,
     .field = "committees.ilsc.items.kinship.due_before.body",
     .line = 11,
     .column = 28,
     .message = "names no committee or other body in the configuration; did you mean `cabinet`?"},
    {.name = "UnknownJointCommittee",
     .fragment = unknown_names,
     .field = "committees.ilsc.items.kinship.joint_with",
     .line = 12,
     .column = 21,
     .message = "names no committee or other body in the configuration; did you mean `ilsc`?",
     .found = "ipsc"},
    {.name = "UnknownPossiblyJointCommittee",
     .fragment = unknown_names,
     .field = "committees.ilsc.items.parking.possibly_joint_with",
     .line = 16,
     .column = 30,
     .message = "names no committee or other body in the configuration",
     .found = "ipcs"},
    {.name = "JointAndPossiblyJointTogether",
     .fragment = R"(    meetings:
      - {id: m1, date: 2024-09-17}
    items:
      - id: parking
        title: Parking outside schools - Scrutiny Review
        status: awaiting_date
        joint_with: ilsc
        possibly_joint_with: ilsc
)",
     .field = "committees.ilsc.items.parking.possibly_joint_with",
     .line = 11,
     .column = 30,
     .message = "is given with joint_with: an item is taken jointly or possibly jointly, not both"},
    {.name = "ExemptParagraphOutOfRange",
     .fragment = exempt_items,
     .field = "committees.ilsc.items.contract.exempt.paragraph",
     .line = 11,
     .column = 29,
     .message = "is out of range",
     .expected = "a whole number from 1 to 7"},
    {.name = "ExemptWithoutAPublicTitle",
     .fragment = exempt_items,
     .field = "committees.ilsc.items.contract-2.exempt.public_title",
     .line = 17,
     .column = 11,
     .message = "is missing",
     .expected = "the title the public agenda may show"},
    {.name = "AFieldGivenTwice",
     .fragment = R"(    meetings:
      - id: m1
        date: 2024-09-17
        date: 2024-09-18
)",
     .field = "committees.ilsc.meetings.m1.date",
     .line = 7,
     .column = 9,
     .message = "is given twice in the same place; keep one",
     .expected = "each field once (the first is at line 6)"},
    {.name = "AMapWhereAListBelongs",
     .fragment = R"(    members:
      Pitchley: chair
)",
     .field = "committees.ilsc.members",
     .line = 5,
     .column = 7,
     .message = "should be a list, each entry starting with \"- \"",
     .found = "a map of fields"},
    {.name = "TwoChairs",
     .fragment = R"(    members:
      - {name: Pitchley, role: chair}
      - {name: Knight, role: chair}
)",
     .field = "committees.ilsc.members[1].role",
     .line = 6,
     .column = 30,
     .message = "the committee already has a chair"},
    {.name = "JointMeetingWithoutItsPartner",
     .fragment = joint_meetings,
     .field = "committees.ilsc.meetings.m1.joint_with",
     .line = 5,
     .column = 42,
     .message = "a joint meeting must say whom it is held with"},
    {.name = "PartnerOfAMeetingThatIsNotJoint",
     .fragment = joint_meetings,
     .field = "committees.ilsc.meetings.m2.joint_with",
     .line = 6,
     .column = 48,
     .message = "is given but the meeting is not a joint meeting"},
    {.name = "DueBeforeNeedsAWhen",
     .fragment = R"(    meetings:
      - {id: m1, date: 2024-09-17}
    items:
      - id: kinship
        title: Rotherham Kinship Local Offer
        status: awaiting_date
        due_before: {body: cabinet}
)",
     .field = "committees.ilsc.items.kinship.due_before.date",
     .line = 10,
     .column = 21,
     .message = "says which body but not when it meets"},
    {.name = "AMeetingRefusedForItsDateIsNotReportedAgainWhereItIsBooked",
     .fragment = R"(    meetings:
      - {id: m1, date: 2025-02-30}
    items:
      - {id: x, title: X, status: booked, meeting: m1}
)",
     .field = "committees.ilsc.meetings.m1.date",
     .line = 5,
     .column = 24,
     .message = "there is no such day",
     .alone = true},
    {.name = "HistoryRunningBackwards",
     .fragment = R"(    meetings:
      - {id: m1, date: 2025-04-22}
    items:
      - id: ehe
        title: Revised Elective Home Education Policy Update
        status: deferred
        since: 2025-01-04
        meeting: m1
        earlier:
          - {status: booked, meeting: m1, since: 2025-03-04}
)",
     .field = "committees.ilsc.items.ehe.since",
     .line = 10,
     .column = 16,
     .message = "comes before the date of an earlier state; list earlier states oldest first",
     .expected = "a date on or after 2025-03-04"},
};

class OneBrokenFragment : public ::testing::TestWithParam<BrokenFragment> {};

TEST_P(OneBrokenFragment, GetsALocatedErrorInAClerksWords) {
  const BrokenFragment& broken = GetParam();
  const Diagnostics errors = errors_in_ilsc(broken.fragment);
  const Diagnostic d = only_about(errors, broken.field);
  EXPECT_EQ(d.message, broken.message);
  if (broken.found) {
    EXPECT_EQ(d.found, *broken.found);
  }
  if (broken.expected) {
    EXPECT_EQ(d.expected, *broken.expected);
  }
  expect_at(d, broken.line, broken.column);
  if (broken.alone) {
    EXPECT_EQ(errors.size(), 1u) << testing::all_lines(errors);
  }
}

// Each case is named by what it breaks, so that a failure says which.
std::string case_name(const ::testing::TestParamInfo<BrokenFragment>& info) { return info.param.name; }

INSTANTIATE_TEST_SUITE_P(LoadErrors, OneBrokenFragment, ::testing::ValuesIn(broken_fragments), case_name);

}  // namespace
}  // namespace agendad::planner
