// The planner's inputs from the calendar files a programme names.
#include "feeds/ical/planner_calendars.hpp"

#include <unistd.h>

#include <fstream>

#include <gtest/gtest.h>

namespace agendad::ical {
namespace {

namespace fs = std::filesystem;

Date ymd(int y, unsigned m, unsigned d) { return std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}; }

TEST(PlannerCalendarsTest, BankHolidaysAndBodyMeetingsResolvedAgainstTheConfigurationDirectory) {
  fs::path dir = fs::temp_directory_path() / ("agendad-ical-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "cabinet.ics")
      << "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
         "BEGIN:VEVENT\r\nUID:c1\r\nDTSTART;TZID=Europe/London:20250714T100000\r\nEND:VEVENT\r\n"
         "BEGIN:VEVENT\r\nUID:c2\r\nSTATUS:CANCELLED\r\nDTSTART;TZID=Europe/London:20250721T100000\r\nEND:VEVENT\r\n"
         "BEGIN:VEVENT\r\nUID:c3\r\nDTSTART:20250616T090000Z\r\nEND:VEVENT\r\n"
         "END:VCALENDAR\r\n";
  Programme programme;
  // As config/council.yaml names it: relative to the configuration directory.
  programme.council.rules.bank_holidays_file = "../../shared/data/ics/uk-bank-holidays-england-and-wales.ics";
  programme.bodies.push_back(Body{"cabinet", "Cabinet", "cabinet.ics", {}});
  programme.bodies.push_back(Body{"osmb", "Overview and Scrutiny Management Board", "", {}});

  auto calendars = import_programme_calendars(programme, AGENDAD_SOURCE_DIR "/config");
  ASSERT_FALSE(calendars) << "cabinet.ics is not in config/";
  programme.council.rules.bank_holidays_file = fs::canonical(AGENDAD_SOURCE_DIR "/config/" +
                                                             programme.council.rules.bank_holidays_file).string();
  calendars = import_programme_calendars(programme, dir);
  fs::remove_all(dir);
  ASSERT_TRUE(calendars) << format_line(calendars.error().front());
  EXPECT_TRUE(calendars->bank_holidays.count(ymd(2025, 8, 25)));
  EXPECT_TRUE(calendars->bank_holidays.count(ymd(2024, 12, 26)));
  EXPECT_FALSE(calendars->bank_holidays.count(ymd(2024, 12, 24)));
  ASSERT_EQ(calendars->body_meetings.size(), 1u);
  EXPECT_EQ(calendars->body_meetings.at("cabinet"), (std::vector<Date>{ymd(2025, 6, 16), ymd(2025, 7, 14)}));
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
