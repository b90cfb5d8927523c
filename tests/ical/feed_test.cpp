// The feeds, read back with libical as a client reads them.
#include "feeds/ical/feed.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "feed_testing.hpp"
#include "planner/sources/import.hpp"
#include "feeds/ical/meeting_event.hpp"
#include "planner/sources/planning_calendar.hpp"
#include "planner/load/load_programme.hpp"
#include "planner/load/read_config_directory.hpp"

namespace agendad::ical {

using planner::Date, planner::Exemption, planner::Item, planner::ItemState, planner::ItemStatus, planner::Meeting,
    planner::MeetingKind, planner::MeetingStatus, planner::Move, planner::Plan, planner::PlanningCalendar,
    planner::Programme, planner::WallTime, planner::iso, planner::read_config_directory,
    planner::sources::ImportedEvent, planner::sources::import_calendar_text;

namespace {

using namespace testing;
using std::chrono::sys_days;

const Seconds first_load{sys_days{ymd(2024, 6, 1)} + std::chrono::hours{9}};
const Seconds second_load{sys_days{ymd(2024, 9, 2)} + std::chrono::hours{14}};
// Weekdays alone, no bank holidays: these tests are about the meetings, not the deadlines.
const PlanningCalendar weekdays{};

Programme example() {
  auto files = read_config_directory(AGENDAD_SOURCE_DIR "/config");
  if (!files) throw std::runtime_error(format_line(files.error().front()));
  auto programme = load_programme(*files);
  if (!programme) throw std::runtime_error(format_line(programme.error().front()));
  // The example names no address (the daemon links where it listens); the feeds here are read as
  // served at scripts/serve's.
  programme->council.calendar.base_url = "http://127.0.0.1:8080";
  return std::move(*programme);
}

// The plan the feeds list proposals from: as of the golden file's load, when the example's one
// open meeting is full and so nothing is proposed for any meeting.
Plan planned(const Programme& programme) { return plan(programme, weekdays, ymd(2025, 3, 5)); }

std::string committee_feed(const Programme& programme, const SequenceState& state, bool members = false) {
  auto feed = render_committee_feed(programme, planned(programme), "ilsc", feed_options(programme, members), state);
  if (!feed) throw std::runtime_error(format_line(feed.error().front()));
  return *feed;
}

const ParsedEvent& event_with_uid(const ParsedFeed& feed, const std::string& uid) {
  auto found = std::find_if(feed.events.begin(), feed.events.end(), [&](const ParsedEvent& e) { return e.uid == uid; });
  if (found == feed.events.end()) throw std::runtime_error("no event " + uid);
  return *found;
}

TEST(FeedTest, TheExampleParsesBackToExactlyTheConfiguredMeetings) {
  Programme programme = example();
  SequenceState state = next_state({}, programme, weekdays, first_load);
  ParsedFeed feed = parse_feed(committee_feed(programme, state));
  EXPECT_EQ(feed.vtimezones, 1);
  EXPECT_EQ(feed.name, "Improving Lives Select Commission");
  ASSERT_EQ(feed.events.size(), programme.meetings_of("ilsc").size());
  ASSERT_EQ(feed.events.size(), 10u);
  for (const Meeting* meeting : programme.meetings_of("ilsc")) {
    const ParsedEvent& event = event_with_uid(feed, meeting->id + "@agendad");
    SCOPED_TRACE(meeting->id);
    EXPECT_EQ(event.kind, "VEVENT");
    EXPECT_EQ(event.location, "Rotherham Town Hall, The Crofts, Moorgate Street, Rotherham. S60 2TH");
    EXPECT_EQ(event.status, "CONFIRMED");
    EXPECT_EQ(event.sequence, 0);
    EXPECT_EQ(event.dtstamp, "20240601T090000Z");
    std::string page = "http://127.0.0.1:8080/agendas/ilsc/" + iso(meeting->date) + ".html";
    EXPECT_EQ(event.url, page);
    EXPECT_NE(event.description.find("Agenda page: " + page), std::string::npos);
    int y = static_cast<int>(meeting->date.year());
    unsigned m = static_cast<unsigned>(meeting->date.month()), d = static_cast<unsigned>(meeting->date.day());
    if (meeting->kind == MeetingKind::workshop) {
      // The papers give no time for the workshops: all-day, DTEND the day after.
      EXPECT_EQ(event.summary, "Improving Lives Select Commission workshop");
      EXPECT_TRUE(event.all_day);
      EXPECT_EQ(event.end - event.start, 24 * 3600);
      continue;
    }
    EXPECT_EQ(event.summary, "Improving Lives Select Commission");
    EXPECT_FALSE(event.all_day);
    EXPECT_EQ(event.start_tzid, "Europe/London");
    // 10:00 on the wall clock: 09:00Z in summer time, 10:00Z in winter.
    bool summer = (m > 3 && m < 10) || (m == 3 && d > 31 - 7) || (m == 10 && d < 25);
    EXPECT_EQ(event.start, utc(y, m, d, summer ? 9 : 10, 0));
    EXPECT_EQ(event.end, event.start + std::time_t{2 * 3600});  // CalendarSettings::default_duration_minutes
  }
  const ParsedEvent& september = event_with_uid(feed, "ilsc-2024-09-17@agendad");
  EXPECT_EQ(september.start, utc(2024, 9, 17, 9, 0));
  EXPECT_NE(september.description.find("\n7. Ofsted Focused Visit Outcome\n"),
            std::string::npos);  // as the front sheet numbers it
  EXPECT_EQ(event_with_uid(feed, "ilsc-2024-12-03@agendad").start, utc(2024, 12, 3, 10, 0));
  // The papers give the time and place of 17 September and 29 October 2024 only: the others carry
  // the Commission's usual ones and say so.
  const std::string assumed = "Time and venue to be confirmed: the committee's usual start and place are shown.";
  EXPECT_EQ(september.description.find(assumed), std::string::npos);
  EXPECT_EQ(event_with_uid(feed, "ilsc-2024-10-29@agendad").description.find(assumed), std::string::npos);
  EXPECT_NE(event_with_uid(feed, "ilsc-2024-12-03@agendad").description.find(assumed), std::string::npos);
  EXPECT_NE(event_with_uid(feed, "ilsc-2025-03-04@agendad").description.find(assumed), std::string::npos);
}

TEST(FeedTest, InstantsOnBothSidesOfEveryClockChangeThroughTheFeedsOwnVtimezone) {
  struct Case {
    Date date;
    WallTime start;
    std::time_t expected;
  };
  std::vector<Case> cases{
      {ymd(2024, 9, 17), {10, 0}, utc(2024, 9, 17, 9, 0)},    {ymd(2024, 12, 3), {10, 0}, utc(2024, 12, 3, 10, 0)},
      {ymd(2024, 3, 28), {10, 0}, utc(2024, 3, 28, 10, 0)},   {ymd(2024, 3, 31), {0, 30}, utc(2024, 3, 31, 0, 30)},
      {ymd(2024, 3, 31), {10, 0}, utc(2024, 3, 31, 9, 0)},    {ymd(2024, 4, 2), {10, 0}, utc(2024, 4, 2, 9, 0)},
      {ymd(2024, 10, 24), {10, 0}, utc(2024, 10, 24, 9, 0)},  {ymd(2024, 10, 27), {10, 0}, utc(2024, 10, 27, 10, 0)},
      {ymd(2024, 10, 29), {10, 0}, utc(2024, 10, 29, 10, 0)}, {ymd(2025, 3, 27), {18, 0}, utc(2025, 3, 27, 18, 0)},
      {ymd(2025, 3, 30), {14, 0}, utc(2025, 3, 30, 13, 0)},   {ymd(2025, 4, 1), {10, 0}, utc(2025, 4, 1, 9, 0)},
      {ymd(2025, 10, 23), {10, 0}, utc(2025, 10, 23, 9, 0)},  {ymd(2025, 10, 26), {2, 30}, utc(2025, 10, 26, 2, 30)},
      {ymd(2025, 10, 28), {10, 0}, utc(2025, 10, 28, 10, 0)},
  };
  Programme programme = small_programme();
  for (std::size_t i = 0; i < cases.size(); ++i)
    programme.meetings.push_back(meeting_at("m" + std::to_string(100 + i), cases[i].date, cases[i].start));
  ParsedFeed feed = parse_feed(committee_feed(programme, next_state({}, programme, weekdays, first_load)));
  for (std::size_t i = 0; i < cases.size(); ++i) {
    const ParsedEvent& event = event_with_uid(feed, "m" + std::to_string(100 + i) + "@agendad");
    EXPECT_EQ(event.start, cases[i].expected) << iso(cases[i].date) << " " << hh_mm(cases[i].start);
  }
  // An evening meeting running past midnight ends on the next day.
  programme.meetings = {meeting_at("late", ymd(2024, 11, 5), WallTime{23, 0})};
  const ParsedEvent late =
      parse_feed(committee_feed(programme, next_state({}, programme, weekdays, first_load))).events.at(0);
  EXPECT_EQ(late.end, utc(2024, 11, 6, 1, 0));
}

TEST(FeedTest, CancelledMovedAndVenueRenamedMeetingsRaiseSequenceAndStayInTheFeed) {
  Programme before = small_programme();
  before.meetings = {meeting_at("a", ymd(2024, 9, 17), WallTime{10, 0}),
                     meeting_at("b", ymd(2024, 10, 29), WallTime{10, 0}),
                     meeting_at("c", ymd(2024, 12, 3), WallTime{10, 0})};
  SequenceState first = next_state({}, before, weekdays, first_load);
  std::string unchanged = committee_feed(before, first);

  Programme after = before;
  after.meetings[0].status = MeetingStatus::cancelled;
  after.meetings[0].status_reason = "the Chair is unavailable";
  after.meetings[1].date = ymd(2024, 11, 5);
  after.meetings[1].start = WallTime{14, 0};
  after.meetings[1].status = MeetingStatus::moved;
  after.meetings[1].moves.push_back(Move{ymd(2024, 10, 29), WallTime{10, 0}, "clash with Cabinet", ""});
  after.venues[0].name = "Rotherham Town Hall, Council Chamber";
  SequenceState second = next_state(first, after, weekdays, second_load);
  ParsedFeed feed = parse_feed(committee_feed(after, second));
  ASSERT_EQ(feed.events.size(), 3u);

  const ParsedEvent& cancelled = event_with_uid(feed, "a@agendad");
  EXPECT_EQ(cancelled.status, "CANCELLED");
  EXPECT_EQ(cancelled.sequence, 1);
  EXPECT_EQ(cancelled.dtstamp, "20240902T140000Z");
  EXPECT_EQ(cancelled.summary, "Cancelled: Improving Lives Select Commission");
  EXPECT_NE(cancelled.description.find("the Chair is unavailable"), std::string::npos);

  const ParsedEvent& moved = event_with_uid(feed, "b@agendad");
  EXPECT_EQ(moved.sequence, 1);
  EXPECT_EQ(moved.start, utc(2024, 11, 5, 14, 0));
  EXPECT_EQ(moved.status, "CONFIRMED");
  EXPECT_NE(moved.description.find("Moved from Tuesday 29 October 2024: clash with Cabinet."), std::string::npos);

  // Only the venue changed for the third: its LOCATION is the new name, and a new SEQUENCE says so.
  const ParsedEvent& renamed = event_with_uid(feed, "c@agendad");
  EXPECT_EQ(renamed.sequence, 1);
  EXPECT_EQ(renamed.location, "Rotherham Town Hall, Council Chamber, The Crofts, Moorgate Street, Rotherham. S60 2TH");

  // A reload with nothing changed changes nothing, not even DTSTAMP.
  EXPECT_EQ(next_state(first, before, weekdays, second_load), first);
  EXPECT_EQ(committee_feed(before, next_state(first, before, weekdays, second_load)), unchanged);
}

TEST(FeedTest, TentativeForUnconfirmedAndProposedMeetings) {
  Programme programme = small_programme();
  programme.meetings = {meeting_at("pencilled", ymd(2025, 6, 17), WallTime{10, 0}),
                        meeting_at("proposed", ymd(2025, 7, 29), std::nullopt)};
  programme.meetings[0].confirmed = false;
  programme.meetings[1].proposed = true;
  ParsedFeed feed = parse_feed(committee_feed(programme, next_state({}, programme, weekdays, first_load)));
  EXPECT_EQ(event_with_uid(feed, "pencilled@agendad").status, "TENTATIVE");
  EXPECT_EQ(event_with_uid(feed, "proposed@agendad").status, "TENTATIVE");
  EXPECT_EQ(event_with_uid(feed, "proposed@agendad").summary, "Improving Lives Select Commission (proposed)");
}

TEST(FeedTest, NoExemptTitleInAPublicFeedsBytes) {
  Programme programme = example();
  Item exempt;
  exempt.id = "children-home-contract";
  exempt.committee = "ilsc";
  exempt.title = "Award of the Residential Children's Home Contract to Acme Care Limited";
  exempt.description = "Commercial terms of Acme Care's bid";
  exempt.exempt = Exemption{3, "Residential Children's Home Contract (exempt)"};
  exempt.history.push_back(
      ItemState{ItemStatus::booked, std::nullopt, "ilsc-2024-12-03", "", "", "", std::nullopt, {}});
  programme.items.push_back(exempt);
  SequenceState state = next_state({}, programme, weekdays, first_load);
  PlanningCalendar calendar;
  auto options = feed_options(programme);
  std::vector<std::string> public_feeds{committee_feed(programme, state),
                                        render_all_committees_feed(programme, planned(programme), options, state),
                                        *render_deadlines_feed(programme, "ilsc", calendar, options, state)};
  for (const std::string& bytes : public_feeds) {
    for (const std::string& text : {bytes, unfolded(bytes)}) {
      EXPECT_EQ(text.find("Acme"), std::string::npos);
      EXPECT_EQ(text.find("Award of the"), std::string::npos);
    }
    EXPECT_NE(unfolded(bytes).find("Residential Children's Home Contract (exempt)"), std::string::npos);
  }
  // The members' version is the one place the full title appears.
  EXPECT_NE(unfolded(committee_feed(programme, state, true)).find("Acme Care Limited"), std::string::npos);
}

TEST(FeedTest, LinesAreFoldedAt75OctetsNeverInsideAUtf8Character) {
  Programme programme = small_programme();
  programme.committees[0].name =
      "Pwyllgor Craffu Gwella Bywydau ac Iechyd Cymunedol Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch "
      "– ŵyŷâêîôû – 🏴󠁧󠁢󠁷󠁬󠁳󠁿📅🗓️👩‍👩‍👧‍👦";
  programme.meetings = {meeting_at("cymraeg", ymd(2025, 1, 28), WallTime{10, 0})};
  Item item;
  item.id = "welsh";
  item.committee = "ilsc";
  item.title = std::string(200, 'x') + " Adroddiad Blynyddol ŵŷ; comma, back\\slash 🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉";
  item.history.push_back(ItemState{ItemStatus::booked, std::nullopt, "cymraeg", "", "", "", std::nullopt, {}});
  programme.items.push_back(item);
  for (int shift = 0; shift < 4; ++shift) {  // every alignment of the multi-octet characters against the fold
    programme.committees[0].name.insert(0, "a");
    std::string bytes = committee_feed(programme, next_state({}, programme, weekdays, first_load));
    EXPECT_EQ(byte_problems(bytes), std::vector<std::string>{});
    ParsedFeed feed = parse_feed(bytes);
    EXPECT_EQ(feed.events.at(0).summary, programme.committees[0].name);  // escaping and folding undone exactly
    EXPECT_NE(feed.events.at(0).description.find(item.title), std::string::npos);
  }
}

TEST(FeedTest, SameConfigurationAndStateGiveTheSameBytes) {
  Programme programme = example();
  SequenceState state = next_state({}, programme, weekdays, first_load);
  std::string once = committee_feed(programme, state);
  Programme shuffled = programme;
  std::reverse(shuffled.meetings.begin(), shuffled.meetings.end());
  EXPECT_EQ(committee_feed(shuffled, state), once);
  EXPECT_EQ(committee_feed(programme, state), once);
  auto options = feed_options(programme);
  EXPECT_EQ(render_all_committees_feed(shuffled, planned(shuffled), options, state),
            render_all_committees_feed(programme, planned(programme), options, state));
}

// The lines naming and describing the calendar, folded lines joined: what differs between one
// committee's calendar and every committee's when both hold the same meetings.
std::string without_names(const std::string& bytes) {
  std::string kept;
  std::istringstream lines(unfolded(bytes));
  for (std::string line; std::getline(lines, line);)
    if (!line.starts_with("NAME:") && !line.starts_with("X-WR-CALNAME:") && !line.starts_with("X-WR-CALDESC:"))
      kept += line + "\n";
  return kept;
}

// all.ics is assembled from its events' texts (so that the daemon keeps those of unchanged
// committees); the example's one committee holds every meeting, so its calendar, serialised whole
// by libical, is all.ics but for the calendar's name and description; and the events' order given
// does not matter.
TEST(FeedTest, EveryCommitteesCalendarAssembledFromItsEventsIsTheCalendarSerialisedWhole) {
  Programme programme = example();
  SequenceState state = next_state({}, programme, weekdays, first_load);
  const std::string whole = committee_feed(programme, state);
  const auto options = feed_options(programme);
  const Plan plan = planned(programme);
  const std::string assembled = render_all_committees_feed(programme, plan, options, state);
  ASSERT_EQ(programme.meetings_of("ilsc").size(), programme.meetings.size());
  EXPECT_EQ(without_names(assembled), without_names(whole));
  EXPECT_NE(assembled, whole);
  std::vector<const Meeting*> meetings;
  for (const Meeting& meeting : programme.meetings) meetings.push_back(&meeting);
  const EventTexts texts = event_texts(programme, plan, meetings, options, state);
  std::vector<const EventText*> reversed;
  for (auto it = texts.rbegin(); it != texts.rend(); ++it) reversed.push_back(&*it);
  EXPECT_EQ(all_committees_feed(programme, reversed, options), assembled);
  EXPECT_EQ(byte_problems(assembled), std::vector<std::string>{});
}

TEST(FeedTest, CalendarHeadersAndTheCompactVtimezone) {
  Programme programme = example();
  std::string bytes = committee_feed(programme, next_state({}, programme, weekdays, first_load));
  for (const char* line :
       {"\r\nVERSION:2.0\r\n", "\r\nPRODID:-//agendad//Committee calendars//EN\r\n", "\r\nCALSCALE:GREGORIAN\r\n",
        "\r\nMETHOD:PUBLISH\r\n", "\r\nNAME:Improving Lives Select Commission\r\n",
        "\r\nX-WR-CALNAME:Improving Lives Select Commission\r\n", "\r\nX-WR-TIMEZONE:Europe/London\r\n",
        "\r\nREFRESH-INTERVAL;VALUE=DURATION:PT6H\r\n", "\r\nX-PUBLISHED-TTL:PT6H\r\n", "\r\nTZID:Europe/London\r\n",
        "\r\nDTSTART:19700329T010000\r\n", "\r\nDTSTART:19701025T020000\r\n"})
    EXPECT_NE(bytes.find(line), std::string::npos) << line;
  auto count = [&](const std::string& what) {
    std::size_t n = 0;
    for (auto at = bytes.find(what); at != std::string::npos; at = bytes.find(what, at + 1)) ++n;
    return n;
  };
  EXPECT_EQ(count("BEGIN:VTIMEZONE"), 1u);
  EXPECT_EQ(count("BEGIN:STANDARD"), 1u);
  EXPECT_EQ(count("BEGIN:DAYLIGHT"), 1u);
  EXPECT_EQ(count("freeassociation"), 0u);
  EXPECT_EQ(count("RRULE:"), 2u);
  EXPECT_LT(bytes.find("END:VTIMEZONE"), bytes.find("BEGIN:VEVENT"));
  // X-WR-* values are TEXT: their commas escaped like any other.
  EXPECT_NE(unfolded(bytes).find("\r\nX-WR-CALDESC:Meetings of the Improving Lives Select Commission\\, Rotherham "
                                 "Metropolitan Borough Council\r\n"),
            std::string::npos);
}

TEST(FeedTest, TheImporterReadsTheFeedBackToTheSameWallClock) {
  Programme programme = example();
  auto calendar =
      import_calendar_text(committee_feed(programme, next_state({}, programme, weekdays, first_load)), "ilsc.ics");
  ASSERT_TRUE(calendar) << format_line(calendar.error().front());
  EXPECT_TRUE(calendar->warnings.empty());
  ASSERT_EQ(calendar->events.size(), 10u);
  for (const ImportedEvent& event : calendar->events) {
    const Meeting* meeting = programme.meeting(event.uid.substr(0, event.uid.find('@')));
    ASSERT_TRUE(meeting) << event.uid;
    EXPECT_EQ(event.start_date, meeting->date);
    EXPECT_EQ(event.all_day, meeting->kind == MeetingKind::workshop);
    EXPECT_EQ(event.start_time, event.all_day ? std::nullopt : std::optional(WallTime{10, 0})) << event.uid;
    EXPECT_EQ(event.status, "CONFIRMED");
  }
}

TEST(FeedTest, TheRefreshIntervalIsConfigurable) {
  Programme programme = example();
  programme.council.calendar.refresh_minutes = 90;
  std::string bytes = committee_feed(programme, next_state({}, programme, weekdays, first_load));
  EXPECT_NE(bytes.find("\r\nREFRESH-INTERVAL;VALUE=DURATION:PT1H30M\r\n"), std::string::npos);
  EXPECT_NE(bytes.find("\r\nX-PUBLISHED-TTL:PT1H30M\r\n"), std::string::npos);
}

TEST(FeedTest, UnknownCommitteeIsAnError) {
  Programme programme = example();
  auto feed = render_committee_feed(programme, planned(programme), "nope", feed_options(programme), {});
  ASSERT_FALSE(feed);
  EXPECT_EQ(feed.error().front().found, "nope");
}

// The golden file pins the whole of the example committee's public feed. Regenerate it only on
// purpose: AGENDAD_REGENERATE_GOLDEN=1 tests_ical --gtest_filter=FeedTest.Golden*, then read the diff.
TEST(FeedTest, GoldenFileForTheExampleCommittee) {
  const std::string path = AGENDAD_SOURCE_DIR "/tests/ical/golden/ilsc.ics";
  Programme programme = example();
  const Seconds loaded{sys_days{ymd(2025, 3, 5)} + std::chrono::hours{12}};
  std::string bytes = committee_feed(programme, next_state({}, programme, weekdays, loaded));
  if (std::getenv("AGENDAD_REGENERATE_GOLDEN")) std::ofstream(path, std::ios::binary) << bytes;
  std::ifstream in(path, std::ios::binary);
  ASSERT_TRUE(in) << path;
  std::ostringstream golden;
  golden << in.rdbuf();
  EXPECT_EQ(bytes, golden.str());
}

}  // namespace
}  // namespace agendad::ical
