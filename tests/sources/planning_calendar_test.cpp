// The planner's inputs from outside the YAML: the bank-holiday rule for the years a plan looks at,
// and the calendar files a programme names, with their problems told at the naming key.
#include "planner/sources/planning_calendar.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "planner/load/load_programme.hpp"
#include "planner/load/read_config_directory.hpp"
#include "planner/sources/import.hpp"

namespace agendad::planner::sources {
namespace {

namespace fs = std::filesystem;

Date ymd(int y, unsigned m, unsigned d) { return std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}; }

NamedFile named(const fs::path& path, std::string field) {
  return NamedFile{path.string(), {"config/council.yaml", 37, 19}, std::move(field)};
}

class Files : public ::testing::Test {
 protected:
  void SetUp() override { fs::create_directories(dir_); }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name) << text;
    return dir_ / name;
  }
  fs::path dir_ = fs::temp_directory_path() / ("agendad-sources-" + std::to_string(::getpid()));
};

TEST(PlanningCalendarTest, TheExampleConfigurationsBankHolidaysComeFromTheRule) {
  auto files = read_config_directory(AGENDAD_SOURCE_DIR "/config");
  ASSERT_TRUE(files);
  auto programme = load_programme(*files);
  ASSERT_TRUE(programme) << format_line(programme.error().front());
  EXPECT_EQ(programme->council.rules.bank_holidays, BankHolidays::england_and_wales);
  auto loaded = load_planning_calendar(*programme, planning_years(*programme, ymd(2025, 3, 5)));
  ASSERT_TRUE(loaded) << format_line(loaded.error().front());
  const auto& days = loaded->calendar.bank_holidays;
  EXPECT_TRUE(days.contains(ymd(2025, 8, 25)));
  EXPECT_TRUE(days.contains(ymd(2024, 12, 26)));
  EXPECT_TRUE(days.contains(ymd(2025, 4, 21)));  // Easter Monday, the day before a meeting
  EXPECT_FALSE(days.contains(ymd(2024, 12, 24)));
  EXPECT_TRUE(days.contains(ymd(2028, 12, 25)));  // years after the programme's last meeting too
  EXPECT_FALSE(days.contains(ymd(2028, 12, 24)));
  EXPECT_TRUE(loaded->calendar.body_meetings.empty());  // no body names a calendar file
}

TEST(PlanningCalendarTest, TheYearsCoverTheMeetingsAndTheAsOfDateWithRoomEitherSide) {
  Programme programme;
  programme.meetings.push_back(Meeting{});
  programme.meetings.back().date = ymd(2024, 9, 17);
  YearSpan years = planning_years(programme, ymd(2030, 1, 1));
  EXPECT_EQ(years.first, 2023);
  EXPECT_EQ(years.last, 2033);
  EXPECT_EQ(widened(years, {2040, 2041}).last, 2041);
  programme.council.rules.bank_holidays = BankHolidays::none;
  auto loaded = load_planning_calendar(programme, years);
  ASSERT_TRUE(loaded);
  EXPECT_TRUE(loaded->calendar.bank_holidays.empty());
}

TEST_F(Files, BodyMeetingsLeaveOutCancelledEventsAndEveryFilesErrorsAreToldAtItsKey) {
  auto cabinet = write("cabinet.ics",
                       "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
                       "BEGIN:VEVENT\r\nUID:c1\r\nDTSTART;TZID=Europe/London:20250714T100000\r\nEND:VEVENT\r\n"
                       "BEGIN:VEVENT\r\nUID:c2\r\nSTATUS:CANCELLED\r\nDTSTART;TZID=Europe/London:20250721T100000\r\n"
                       "END:VEVENT\r\n"
                       "BEGIN:VEVENT\r\nUID:c3\r\nDTSTART:20250616T090000Z\r\nEND:VEVENT\r\n"
                       "END:VCALENDAR\r\n");
  auto broken = write("broken.ics", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n");
  Programme programme;
  programme.bodies.push_back(Body{"cabinet", "Cabinet", named(cabinet, "bodies.cabinet.calendar"), {}});
  programme.bodies.push_back(Body{"osmb", "Overview and Scrutiny Management Board", std::nullopt, {}});
  auto loaded = load_planning_calendar(programme, {2025, 2025});
  ASSERT_TRUE(loaded) << format_line(loaded.error().front());
  ASSERT_EQ(loaded->calendar.body_meetings.size(), 1u);
  EXPECT_EQ(loaded->calendar.body_meetings.at("cabinet"), (std::vector<Date>{ymd(2025, 6, 16), ymd(2025, 7, 14)}));

  programme.council.rules.closure_days = named(dir_ / "missing.ics", "council.rules.closure_days");
  programme.bodies.push_back(Body{"ipsc", "Improving Places Select Commission", named(broken, "bodies.ipsc.calendar"), {}});
  loaded = load_planning_calendar(programme, {2025, 2025});
  ASSERT_FALSE(loaded);
  ASSERT_EQ(loaded.error().size(), 2u);
  const Diagnostic& missing = loaded.error()[0];
  EXPECT_EQ(describe(missing.where), "config/council.yaml:37:19");
  EXPECT_EQ(missing.field, "council.rules.closure_days");
  EXPECT_EQ(missing.message.rfind((dir_ / "missing.ics").string() + ": cannot open the calendar file", 0), 0u)
      << missing.message;
  const Diagnostic& unclosed = loaded.error()[1];
  EXPECT_EQ(unclosed.field, "bodies.ipsc.calendar");
  EXPECT_EQ(unclosed.message.rfind(broken.string() + ":2: ", 0), 0u) << unclosed.message;
}

TEST_F(Files, ClosureDaysAddEveryDayAnAllDayEventCoversUpToItsExclusiveEnd) {
  auto closed = write("closed.ics",
                      "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nDTSTART;VALUE=DATE:20241224\n"
                      "DTEND;VALUE=DATE:20241227\nEND:VEVENT\nEND:VCALENDAR\n");
  Programme programme;
  programme.council.rules.bank_holidays = BankHolidays::none;
  programme.council.rules.closure_days = named(closed, "council.rules.closure_days");
  auto loaded = load_planning_calendar(programme, {2024, 2024});
  ASSERT_TRUE(loaded) << format_line(loaded.error().front());
  EXPECT_EQ(loaded->calendar.bank_holidays, (std::set<Date>{ymd(2024, 12, 24), ymd(2024, 12, 25), ymd(2024, 12, 26)}));
}

TEST_F(Files, OneBadEventInAnotherBodysCalendarCostsThatEventWithALocatedWarning) {
  auto cabinet = write("cabinet.ics",
                       "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
                       "BEGIN:VEVENT\r\nUID:good\r\nDTSTART;TZID=Europe/London:20250714T100000\r\nEND:VEVENT\r\n"
                       "BEGIN:VEVENT\r\nUID:bad\r\nDTSTART:NOT-A-DATE\r\nEND:VEVENT\r\n"
                       "END:VCALENDAR\r\n");
  Programme programme;
  programme.bodies.push_back(Body{"cabinet", "Cabinet", named(cabinet, "bodies.cabinet.calendar"), {}});
  auto loaded = load_planning_calendar(programme, {2025, 2025});
  ASSERT_TRUE(loaded) << format_line(loaded.error().front());
  EXPECT_EQ(loaded->calendar.body_meetings.at("cabinet"), (std::vector<Date>{ymd(2025, 7, 14)}));
  ASSERT_FALSE(loaded->warnings.empty());
  const Diagnostic& warning = loaded->warnings.front();
  EXPECT_EQ(warning.severity, Severity::warning);
  EXPECT_EQ(warning.field, "bodies.cabinet.calendar");
  EXPECT_EQ(warning.message.rfind(cabinet.string() + ":9: ", 0), 0u) << warning.message;
  EXPECT_NE(warning.message.find("this event is skipped"), std::string::npos) << warning.message;
}

TEST_F(Files, AFifoIsRefusedAtOnceRatherThanHangingTheLoad) {
  const fs::path fifo = dir_ / "cabinet.ics";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  Programme programme;
  programme.bodies.push_back(Body{"cabinet", "Cabinet", named(fifo, "bodies.cabinet.calendar"), {}});
  auto loaded = load_planning_calendar(programme, {2025, 2025});
  ASSERT_FALSE(loaded);
  EXPECT_NE(loaded.error().front().message.find("not a regular file"), std::string::npos)
      << format_line(loaded.error().front());
}

}  // namespace
}  // namespace agendad::planner::sources
