#include <gtest/gtest.h>

#include "feeds/pages/index_page.hpp"
#include "tests/pages/fixture.hpp"
#include "tests/pages/seed_programme.hpp"

namespace agendad::pages {

using planner::Meeting, planner::MeetingStatus, planner::Programme;

namespace {

using testing::on;

const PageOptions site{.base_url = "https://agendad.example.org/", .members = false};

TEST(IndexPage, NextMeetingAndLinksAsOfEarlySeptember2024) {
  std::string html = render_index(testing::seed_programme(), on(2024, 9, 1), site);
  EXPECT_NE(html.find("<h1>Rotherham Metropolitan Borough Council: scrutiny meetings</h1>"), std::string::npos);
  EXPECT_NE(html.find("Next meeting: <a href=\"agendas/ilsc/2024-09-17.html\">Tuesday 17 September 2024 at 10.00 a.m.</a>, "
                      "Rotherham Town Hall"),
            std::string::npos);
  EXPECT_NE(html.find("<a href=\"work-programme/ilsc.html\">Work programme</a>"), std::string::npos);
  EXPECT_NE(html.find("<a href=\"flags.html\">"), std::string::npos);
  EXPECT_NE(html.find("<a href=\"agendas/ilsc/2025-03-04.md\">Markdown</a>"), std::string::npos);
}

TEST(IndexPage, TheNextMeetingSkipsWorkshopsAndCancelledMeetings) {
  Programme programme = testing::seed_programme();
  EXPECT_NE(render_index(programme, on(2024, 10, 1), site).find("Next meeting: <a href=\"agendas/ilsc/2024-10-29.html\">"),
            std::string::npos);  // not the workshop of 21 October
  for (Meeting& meeting : programme.meetings)
    if (meeting.id == "ilsc-2024-10-29") meeting.status = MeetingStatus::cancelled;
  EXPECT_NE(render_index(programme, on(2024, 10, 1), site).find("Next meeting: <a href=\"agendas/ilsc/2024-12-03.html\">"),
            std::string::npos);
}

// The index gives a workshop no time the papers do not give (the committee's usual start is for
// its formal meetings), as the agenda and the feed do not, and names its format.
TEST(IndexPage, AWorkshopHasNoAssumedTimeAndShowsItsFormat) {
  const std::string html = render_index(testing::seed_programme(), on(2024, 9, 1), site);
  EXPECT_NE(html.find("<th scope=\"row\">Monday 21 October 2024</th><td>Scheduled; workshop</td>"), std::string::npos)
      << html;
  EXPECT_NE(html.find("<th scope=\"row\">Thursday 1 May 2025</th><td>Scheduled; workshop; hybrid</td>"),
            std::string::npos);
}

TEST(IndexPage, SubscribeLinksForEveryFeed) {
  std::string html = render_index(testing::seed_programme(), on(2024, 9, 1), site);
  for (std::string path : {"/calendars/all.ics", "/calendars/ilsc.ics", "/calendars/ilsc-deadlines.ics"}) {
    EXPECT_NE(html.find("href=\"webcal://agendad.example.org" + path + "\""), std::string::npos) << path;
    EXPECT_NE(html.find("href=\"https://agendad.example.org" + path + "\""), std::string::npos) << path;
  }
  for (std::string app : {"Google Calendar:", "Outlook:", "Apple Calendar:"}) EXPECT_NE(html.find(app), std::string::npos);
}

TEST(IndexPage, TheMembersVersionLinksTheMembersFeedsNotThePublicOnes) {
  std::string html = render_index(testing::seed_programme(), on(2024, 9, 1), {.base_url = site.base_url, .members = true});
  // Relative to /members/<token>/, where the page is served: the reader's own feeds.
  for (std::string path : {"calendars/all.ics", "calendars/ilsc.ics", "calendars/ilsc-deadlines.ics"})
    EXPECT_NE(html.find("<a href=\"" + path + "\">" + path + "</a>"), std::string::npos) << path;
  EXPECT_EQ(html.find("agendad.example.org/calendars/"), std::string::npos);
  EXPECT_NE(html.find("do not share it"), std::string::npos);
}

TEST(IndexPage, FallsBackToTheConfiguredBaseUrl) {
  std::string html = render_index(testing::small_programme(), on(2024, 9, 1), {});
  EXPECT_NE(html.find("href=\"webcal://agendad.example.org/calendars/ilsc.ics\""), std::string::npos);
}

TEST(IndexPage, AnAddressThatIsNotAWebAddressIsNeverALink) {
  std::string html = render_index(testing::small_programme(), on(2024, 9, 1), {.base_url = "javascript:alert(1)//"});
  EXPECT_EQ(html.find("javascript:"), std::string::npos);
  EXPECT_NE(html.find("<a href=\"calendars/ilsc.ics\">calendars/ilsc.ics</a>"), std::string::npos);
}

}  // namespace
}  // namespace agendad::pages
