// The planner's inputs from the calendar files a programme names.
#include "feeds/ical/planner_calendars.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "planner/load/load.hpp"

namespace agendad::ical {
namespace {

namespace fs = std::filesystem;

Date ymd(int y, unsigned m, unsigned d) { return std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}; }

TEST(PlannerCalendarsTest, TheExampleConfigurationsBankHolidaysAsTheLoaderResolvesThem) {
  auto files = read_config_directory(AGENDAD_SOURCE_DIR "/config");
  ASSERT_TRUE(files);
  auto programme = load_programme(*files);
  ASSERT_TRUE(programme) << format_line(programme.error().front());
  auto calendar = import_planning_calendar(*programme);
  ASSERT_TRUE(calendar) << format_line(calendar.error().front());
  EXPECT_TRUE(calendar->bank_holidays.count(ymd(2025, 8, 25)));
  EXPECT_TRUE(calendar->bank_holidays.count(ymd(2024, 12, 26)));
  EXPECT_TRUE(calendar->bank_holidays.count(ymd(2025, 4, 21)));  // Easter Monday, the day before a meeting
  EXPECT_FALSE(calendar->bank_holidays.count(ymd(2024, 12, 24)));
  EXPECT_TRUE(calendar->body_meetings.empty());  // no body names a calendar file yet
}

TEST(PlannerCalendarsTest, BodyMeetingsLeaveOutCancelledEventsAndReportEveryFilesErrors) {
  fs::path dir = fs::temp_directory_path() / ("agendad-ical-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "cabinet.ics")
      << "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
         "BEGIN:VEVENT\r\nUID:c1\r\nDTSTART;TZID=Europe/London:20250714T100000\r\nEND:VEVENT\r\n"
         "BEGIN:VEVENT\r\nUID:c2\r\nSTATUS:CANCELLED\r\nDTSTART;TZID=Europe/London:20250721T100000\r\nEND:VEVENT\r\n"
         "BEGIN:VEVENT\r\nUID:c3\r\nDTSTART:20250616T090000Z\r\nEND:VEVENT\r\n"
         "END:VCALENDAR\r\n";
  std::ofstream(dir / "broken.ics") << "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n";
  Programme programme;
  programme.bodies.push_back(Body{"cabinet", "Cabinet", (dir / "cabinet.ics").string(), {}});
  programme.bodies.push_back(Body{"osmb", "Overview and Scrutiny Management Board", "", {}});
  auto calendar = import_planning_calendar(programme);
  ASSERT_TRUE(calendar) << format_line(calendar.error().front());
  ASSERT_EQ(calendar->body_meetings.size(), 1u);
  EXPECT_EQ(calendar->body_meetings.at("cabinet"), (std::vector<Date>{ymd(2025, 6, 16), ymd(2025, 7, 14)}));

  programme.council.rules.bank_holidays_file = (dir / "missing.ics").string();
  programme.bodies.push_back(Body{"ipsc", "Improving Places Select Commission", (dir / "broken.ics").string(), {}});
  calendar = import_planning_calendar(programme);
  fs::remove_all(dir);
  ASSERT_FALSE(calendar);
  ASSERT_EQ(calendar.error().size(), 2u);
  EXPECT_EQ(calendar.error()[0].where.file, (dir / "missing.ics").string());
  EXPECT_EQ(calendar.error()[1].where.file, (dir / "broken.ics").string());
  EXPECT_EQ(calendar.error()[1].where.line, 2);
}

TEST(PlannerCalendarsTest, AMultiDayAllDayEventCoversEveryDayUpToItsExclusiveEnd) {
  fs::path file = fs::temp_directory_path() / ("agendad-closure-" + std::to_string(::getpid()) + ".ics");
  std::ofstream(file) << "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nDTSTART;VALUE=DATE:20241224\n"
                         "DTEND;VALUE=DATE:20241227\nEND:VEVENT\nEND:VCALENDAR\n";
  auto dates = import_bank_holidays(file.string());
  fs::remove(file);
  ASSERT_TRUE(dates);
  EXPECT_EQ(*dates, (std::set<Date>{ymd(2024, 12, 24), ymd(2024, 12, 25), ymd(2024, 12, 26)}));
}

}  // namespace
}  // namespace agendad::ical
