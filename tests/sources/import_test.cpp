// The importer on small calendars written here and, where they are beside the clone, on the
// third-party files in ../shared/data/ics (those tests skip without them).
#include "planner/sources/import.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <set>

#include "tests/support/shared_data.hpp"

namespace agendad::planner::sources {
namespace {

using namespace std::chrono_literals;
namespace fs = std::filesystem;

// The third-party calendars' directory, or skips the test.
#define SHARED_ICS_DIR_OR_SKIP(name)                                           \
  const auto name##_found = test_support::shared_ics_dir();                    \
  if (!name##_found) GTEST_SKIP() << test_support::no_shared_ics_dir();        \
  const std::string name = *name##_found

Date ymd(int y, unsigned m, unsigned d) { return std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}; }

ImportedCalendar must_import(std::string_view text) {
  auto calendar = import_calendar_text(text, "test.ics");
  if (!calendar) {
    std::string all;
    for (const auto& d : calendar.error()) all += format_line(d) + "\n";
    ADD_FAILURE() << all;
    return {};
  }
  return *calendar;
}

std::string wrap(std::string_view body) {
  return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + std::string(body) + "END:VCALENDAR\r\n";
}

TEST(ImportTest, EveryFileInTheSharedDirectoryIsReadOrRefusedWithFileAndLine) {
  SHARED_ICS_DIR_OR_SKIP(ics_dir);
  int read = 0, refused = 0;
  for (const auto& entry : fs::recursive_directory_iterator(ics_dir)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".ics") continue;
    auto calendar = import_calendar_file(entry.path().string());
    if (calendar) {
      ++read;
      for (const auto& warning : calendar->warnings) {
        EXPECT_EQ(warning.where.file, entry.path().string());
        EXPECT_GT(warning.where.line, 0) << format_line(warning);
      }
      continue;
    }
    ++refused;
    ASSERT_FALSE(calendar.error().empty());
    for (const auto& error : calendar.error()) {
      EXPECT_EQ(error.where.file, entry.path().string());
      EXPECT_GT(error.where.line, 0) << format_line(error);
      EXPECT_FALSE(error.message.empty());
    }
  }
  EXPECT_EQ(read + refused, 117);
  EXPECT_GT(read, 80);  // most of python-icalendar's test calendars are valid
  EXPECT_GT(refused, 5);
  RecordProperty("read", read);
  RecordProperty("refused", refused);
}

// What libical and agendad find wrong in some of python-icalendar's broken calendars, checked by
// reading the files: the first error's line and a word of its message.
TEST(ImportTest, BrokenSharedFilesAreRefusedAtTheRightLine) {
  SHARED_ICS_DIR_OR_SKIP(ics_dir);
  struct Case {
    const char* file;
    int line;
    const char* words;
  };
  for (const Case& c : std::vector<Case>{
           {"broken_dtstart.ics", 6, "DATE-TIME value in DTSTART"},
           {"issue_104_broken_calendar.ics", 13, "could not find a property name"},
           {"issue_168_input.ics", 6, "X-APPLE-RADIUS"},
           {"timezone_rdate.ics", 53, "SUMMARY=testevent"},
           {"empty_RDATE.ics", 11, "No value for RDATE"},
           {"parsing_error.ics", 19, "EXDATE"},
           {"issue_313_globally_unique_tzid.ics", 13, "/mozilla.org/20070129_1/America/New_York"},
           {"big_bad_calendar.ics", 1, "never closed"},
           {"fuzz_testcase_vtimezone_lone_cr.ics", 2, "control character"},
           {"timezone_same_start_and_offset.ics", 23, "END:VCALENDARD"},
       }) {
    auto calendar = import_calendar_file(ics_dir + "/python-icalendar-tests/" + c.file);
    ASSERT_FALSE(calendar) << c.file;
    EXPECT_EQ(calendar.error().front().where.line, c.line) << c.file;
    EXPECT_NE(format_line(calendar.error().front()).find(c.words), std::string::npos)
        << format_line(calendar.error().front());
  }
  auto empty_rdate = import_calendar_file(ics_dir + "/python-icalendar-tests/empty_RDATE.ics");
  ASSERT_FALSE(empty_rdate);
  std::vector<int> lines;
  for (const auto& error : empty_rdate.error()) lines.push_back(error.where.line);
  EXPECT_EQ(lines, (std::vector<int>{11, 12, 13, 14, 15, 16, 17}));  // seven identical complaints, seven lines
}

TEST(ImportTest, AFileWithAComplaintOnEveryLineListsFiftyAndCountsTheRest) {
  std::string body;
  for (int i = 0; i < 200; ++i) body += "X\r\nBEGIN:VEVENT\r\nEND:VEVENT\r\n";
  auto calendar = import_calendar_text(wrap(body), "noisy.ics");
  ASSERT_FALSE(calendar);
  ASSERT_EQ(calendar.error().size(), 51u);
  EXPECT_EQ(calendar.error()[0].where.line, 4);
  EXPECT_EQ(calendar.error()[1].where.line, 7);
  EXPECT_EQ(calendar.error().back().message, "and 150 more problems like these");
}

TEST(ImportTest, ReadsTheGovUkBankHolidays) {
  SHARED_ICS_DIR_OR_SKIP(ics_dir);
  auto calendar = import_calendar_file(ics_dir + "/uk-bank-holidays-england-and-wales.ics");
  ASSERT_TRUE(calendar) << format_line(calendar.error().front());
  EXPECT_TRUE(calendar->warnings.empty());
  std::set<Date> dates;
  for (const auto& event : calendar->events) {
    EXPECT_TRUE(event.all_day);
    EXPECT_EQ(event.end_date, add_days(event.start_date, 1)) << event.summary;  // exclusive DTEND
    dates.insert(event.start_date);
  }
  EXPECT_TRUE(dates.count(ymd(2024, 12, 25)));
  EXPECT_TRUE(dates.count(ymd(2024, 8, 26)));  // summer bank holiday 2024
  EXPECT_TRUE(dates.count(ymd(2025, 4, 18)));  // Good Friday 2025
  EXPECT_TRUE(dates.count(ymd(2025, 5, 5)));   // early May 2025
  EXPECT_FALSE(dates.count(ymd(2024, 9, 17)));
  const auto& christmas = *std::find_if(calendar->events.begin(), calendar->events.end(),
                                        [](const ImportedEvent& e) { return e.start_date == ymd(2024, 12, 25); });
  EXPECT_EQ(christmas.summary, "Christmas Day");
  EXPECT_FALSE(christmas.start_time);
}

TEST(ImportTest, UtcTimesBecomeLondonWallClockOnBothSidesOfTheClockChange) {
  auto calendar =
      must_import(wrap("BEGIN:VEVENT\r\nUID:a\r\nDTSTART:20240917T090000Z\r\nDTEND:20240917T110000Z\r\nEND:VEVENT\r\n"
                       "BEGIN:VEVENT\r\nUID:b\r\nDTSTART:20241203T100000Z\r\nDURATION:PT90M\r\nEND:VEVENT\r\n"));
  ASSERT_EQ(calendar.events.size(), 2u);
  EXPECT_EQ(calendar.events[0].start_date, ymd(2024, 9, 17));
  EXPECT_EQ(calendar.events[0].start_time, (WallTime{10, 0}));
  EXPECT_EQ(calendar.events[0].end_time, (WallTime{12, 0}));
  EXPECT_EQ(calendar.events[1].start_time, (WallTime{10, 0}));
  EXPECT_EQ(calendar.events[1].end_time, (WallTime{11, 30}));
  EXPECT_FALSE(calendar.events[1].all_day);
}

TEST(ImportTest, TzidWithItsOwnVtimezone) {
  // New York, 10:00 EDT on 17 September 2024 is 14:00Z, 15:00 in London.
  auto calendar =
      must_import(wrap("BEGIN:VTIMEZONE\r\nTZID:Eastern\r\n"
                       "BEGIN:DAYLIGHT\r\nDTSTART:19700308T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\n"
                       "TZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400\r\nEND:DAYLIGHT\r\n"
                       "BEGIN:STANDARD\r\nDTSTART:19701101T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\r\n"
                       "TZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
                       "BEGIN:VEVENT\r\nUID:ny\r\nDTSTART;TZID=Eastern:20240917T100000\r\nEND:VEVENT\r\n"));
  ASSERT_EQ(calendar.events.size(), 1u);
  EXPECT_EQ(calendar.events[0].start_time, (WallTime{15, 0}));
}

TEST(ImportTest, OlsonTzidWithoutVtimezoneUsesLibicalsBuiltinZone) {
  auto calendar = must_import(
      wrap("BEGIN:VEVENT\r\nUID:cabinet\r\nSUMMARY:Cabinet\r\nDTSTART;TZID=Europe/London:20250331T100000\r\n"
           "DTEND;TZID=Europe/London:20250331T120000\r\nEND:VEVENT\r\n"
           "BEGIN:VEVENT\r\nUID:paris\r\nDTSTART;TZID=Europe/Paris:20250328T100000\r\nEND:VEVENT\r\n"));
  ASSERT_EQ(calendar.events.size(), 2u);
  EXPECT_EQ(calendar.events[0].uid, "paris");
  EXPECT_EQ(calendar.events[0].start_time, (WallTime{9, 0}));   // before the change: Paris is an hour ahead
  EXPECT_EQ(calendar.events[1].start_time, (WallTime{10, 0}));  // London is London
  EXPECT_EQ(calendar.events[1].end_time, (WallTime{12, 0}));
}

TEST(ImportTest, UnknownTzidIsRefusedNamingTheLine) {
  auto calendar = import_calendar_text(
      wrap("BEGIN:VEVENT\r\nUID:x\r\nDTSTART;TZID=Mars/Olympus:20250101T100000\r\nEND:VEVENT\r\n"), "mars.ics");
  ASSERT_FALSE(calendar);
  EXPECT_EQ(calendar.error().front().where.file, "mars.ics");
  EXPECT_EQ(calendar.error().front().where.line, 6);
  EXPECT_NE(calendar.error().front().found.find("Mars/Olympus"), std::string::npos);
}

TEST(ImportTest, LfOnlyBomAndFoldedLines) {
  auto calendar = must_import(
      "\xEF\xBB\xBF"
      "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:folded\nSUMMARY:Improving Lives \n Select Commission\n"
      "DTSTART;VALUE=DATE:20250501\nEND:VEVENT\nEND:VCALENDAR\n");
  ASSERT_EQ(calendar.events.size(), 1u);
  EXPECT_EQ(calendar.events[0].summary, "Improving Lives Select Commission");
  EXPECT_TRUE(calendar.events[0].all_day);
  EXPECT_EQ(calendar.events[0].end_date, ymd(2025, 5, 2));
}

TEST(ImportTest, RecurringEventsAreExpandedWithoutExcludedOrOverriddenInstances) {
  auto calendar =
      must_import(wrap("BEGIN:VEVENT\r\nUID:weekly\r\nDTSTART;TZID=Europe/London:20241021T100000\r\nDURATION:PT1H\r\n"
                       "RRULE:FREQ=WEEKLY;COUNT=4\r\nEXDATE;TZID=Europe/London:20241028T100000\r\nEND:VEVENT\r\n"
                       "BEGIN:VEVENT\r\nUID:weekly\r\nRECURRENCE-ID;TZID=Europe/London:20241104T100000\r\n"
                       "DTSTART;TZID=Europe/London:20241105T140000\r\nDURATION:PT1H\r\nEND:VEVENT\r\n"));
  std::vector<std::pair<Date, WallTime>> got;
  for (const auto& e : calendar.events) got.emplace_back(e.start_date, *e.start_time);
  std::vector<std::pair<Date, WallTime>> want{
      {ymd(2024, 10, 21), {10, 0}}, {ymd(2024, 11, 5), {14, 0}}, {ymd(2024, 11, 11), {10, 0}}};
  EXPECT_EQ(got, want);
}

TEST(ImportTest, RecurrenceRulesThatNeverMatchFinishQuickly) {
  for (const char* rule : {"FREQ=MINUTELY;BYSETPOS=-1;BYMONTH=2;BYMONTHDAY=30", "FREQ=HOURLY;BYMONTH=2;BYMONTHDAY=30",
                           "FREQ=SECONDLY", "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30", "FREQ=WEEKLY;BYMONTH=2;BYMONTHDAY=31",
                           "FREQ=YEARLY;BYMONTHDAY=31;BYMONTH=2"}) {
    auto started = std::chrono::steady_clock::now();
    auto calendar = import_calendar_text(
        wrap(std::string("BEGIN:VEVENT\r\nUID:r\r\nDTSTART:20240101T100000Z\r\nRRULE:") + rule + "\r\nEND:VEVENT\r\n"),
        "rule.ics");
    EXPECT_LT(std::chrono::steady_clock::now() - started, 20s) << rule;
    if (calendar)
      EXPECT_LE(calendar->events.size(), 1000u) << rule;
    else
      EXPECT_EQ(calendar.error().front().where.line, 7) << rule;  // the RRULE
  }
  auto hourly = import_calendar_text(
      wrap("BEGIN:VEVENT\r\nUID:h\r\nDTSTART:20240101T100000Z\r\nRRULE:FREQ=HOURLY\r\nEND:VEVENT\r\n"), "hourly.ics");
  ASSERT_TRUE(hourly);
  EXPECT_EQ(hourly->events.size(), 1u);
  ASSERT_EQ(hourly->warnings.size(), 1u);
  EXPECT_EQ(hourly->warnings.front().where.line, 7);
}

TEST(ImportTest, BrokenInputIsRefusedWithTheLine) {
  struct Case {
    std::string text;
    int line;
    std::string words;
  };
  std::vector<Case> cases{
      {wrap("BEGIN:VEVENT\r\nUID:x\r\nDTSTART:INVALID\r\nEND:VEVENT\r\n"), 6, "DTSTART"},
      {"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VEVENT\r\n", 1, "never closed"},
      {wrap("BEGIN:VEVENT\r\nEND:VTODO\r\n"), 5, "does not close"},
      {"BEGIN:VEVENT\r\nEND:VEVENT\r\n", 1, "BEGIN:VCALENDAR"},
      {wrap("SUMMARY:caf\xE9\r\n"), 4, "UTF-8"},
      {wrap("SUMMARY:a\rb\r\n"), 4, "carriage return"},
      {std::string("BEGIN:VCALENDAR\r\nX:\0\r\nEND:VCALENDAR\r\n", 33), 2, "control"},
      {"", 0, "no calendar"},
  };
  for (const auto& c : cases) {
    auto calendar = import_calendar_text(c.text, "bad.ics");
    ASSERT_FALSE(calendar) << c.words;
    EXPECT_EQ(calendar.error().front().where.line, c.line) << format_line(calendar.error().front());
    EXPECT_NE(format_line(calendar.error().front()).find(c.words), std::string::npos)
        << format_line(calendar.error().front());
  }
}

TEST(ImportTest, OversizedTextIsRefused) {
  std::string huge(max_calendar_bytes + 1, ' ');
  auto calendar = import_calendar_text(huge, "huge.ics");
  ASSERT_FALSE(calendar);
  EXPECT_NE(calendar.error().front().message.find("20 MB"), std::string::npos);
}

}  // namespace
}  // namespace agendad::planner::sources
