// What the calendar says about one meeting.
#include "feeds/ical/meeting_event.hpp"

#include <gtest/gtest.h>

#include "feed_testing.hpp"

namespace agendad::ical {

using planner::Body, planner::Meeting, planner::MeetingKind, planner::MeetingStatus, planner::Programme,
    planner::WallTime;

namespace {

using namespace testing;

TEST(MeetingEventTest, TheEndComesFromTheEndTheDurationTheCommitteeOrTheCouncilInThatOrder) {
  Programme programme = small_programme();
  Meeting meeting = meeting_at("m", ymd(2024, 9, 17), WallTime{10, 0});
  EXPECT_EQ(meeting_event(programme, meeting).end, (WallTime{12, 0}));  // CalendarSettings: 120 minutes
  programme.council.calendar.default_duration_minutes = 90;
  EXPECT_EQ(meeting_event(programme, meeting).end, (WallTime{11, 30}));
  programme.committees[0].duration_minutes = 150;
  EXPECT_EQ(meeting_event(programme, meeting).end, (WallTime{12, 30}));
  meeting.duration_minutes = 45;
  EXPECT_EQ(meeting_event(programme, meeting).end, (WallTime{10, 45}));
  meeting.end = WallTime{13, 15};
  EXPECT_EQ(meeting_event(programme, meeting).end, (WallTime{13, 15}));
  meeting.end = WallTime{9, 0};  // before the start: not an end, so the duration decides
  EXPECT_EQ(meeting_event(programme, meeting).end, (WallTime{10, 45}));
  EXPECT_EQ(meeting_event(programme, meeting).end_date, ymd(2024, 9, 17));
}

TEST(MeetingEventTest, FormalMeetingsTakeTheCommitteesUsualStartWorkshopsDoNot) {
  Programme programme = small_programme();
  programme.committees[0].start = WallTime{10, 0};
  Meeting formal = meeting_at("f", ymd(2024, 10, 29), std::nullopt);
  Meeting workshop = meeting_at("w", ymd(2024, 10, 21), std::nullopt);
  workshop.kind = MeetingKind::workshop;
  EXPECT_EQ(meeting_event(programme, formal).start, (WallTime{10, 0}));
  MeetingEvent all_day = meeting_event(programme, workshop);
  EXPECT_FALSE(all_day.start);
  EXPECT_FALSE(all_day.end);
  EXPECT_EQ(all_day.end_date, ymd(2024, 10, 22));
  workshop.start = WallTime{13, 30};
  EXPECT_EQ(meeting_event(programme, workshop).start, (WallTime{13, 30}));
}

TEST(MeetingEventTest, SummaryUidLocationAndStatus) {
  Programme programme = small_programme();
  programme.bodies.push_back(Body{"ipsc", "Improving Places Select Commission", std::nullopt, {}});
  Meeting meeting = meeting_at("ilsc-2025-02-11", ymd(2025, 2, 11), WallTime{10, 0});
  meeting.kind = MeetingKind::joint;
  meeting.joint_with = "ipsc";
  MeetingEvent event = meeting_event(programme, meeting);
  EXPECT_EQ(event.uid, "ilsc-2025-02-11@agendad");
  EXPECT_EQ(event.summary,
            "Improving Lives Select Commission (joint meeting with the Improving Places Select Commission)");
  EXPECT_EQ(event.location, "Rotherham Town Hall, The Crofts, Moorgate Street, Rotherham. S60 2TH");
  EXPECT_EQ(event.status, "CONFIRMED");
  meeting.kind = MeetingKind::extraordinary;
  meeting.venue = "nowhere";  // an unknown venue: no LOCATION rather than a wrong one
  event = meeting_event(programme, meeting);
  EXPECT_EQ(event.summary, "Improving Lives Select Commission (extraordinary meeting)");
  EXPECT_EQ(event.location, "");
  meeting.confirmed = false;
  EXPECT_EQ(meeting_event(programme, meeting).status, "TENTATIVE");
  meeting.status = MeetingStatus::cancelled;
  EXPECT_EQ(meeting_event(programme, meeting).status, "CANCELLED");
  EXPECT_EQ(agenda_url("https://agendad.example.org/", meeting),
            "https://agendad.example.org/agendas/ilsc/2025-02-11.html");
}

}  // namespace
}  // namespace agendad::ical
