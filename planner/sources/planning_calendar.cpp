#include "planner/sources/planning_calendar.hpp"

#include <algorithm>

#include "planner/rules/bank_holidays.hpp"
#include "planner/sources/import.hpp"

namespace agendad::planner::sources {
namespace {

int year_of(Date date) { return static_cast<int>(date.year()); }

// A problem inside a named file, told at the key that names it: the clerk's way in is the YAML.
Diagnostic at_the_key(const NamedFile& file, const Diagnostic& inside) {
  std::string where = inside.where.file;
  if (inside.where.line > 0) where += ":" + std::to_string(inside.where.line);
  std::string message = where + ": ";
  if (!inside.field.empty()) message += inside.field + ": ";
  message += inside.message;
  return Diagnostic{inside.severity, file.where, file.field, std::move(message), inside.found, inside.expected};
}

// The file's events, with its problems moved to the key that names it.
template <typename Dates, typename Read>
bool read_named(const NamedFile& file, Read read, Dates& into, Diagnostics& errors, Diagnostics& warnings) {
  auto calendar = import_calendar_file(file.path, Tolerance::lenient);
  if (!calendar) {
    for (const Diagnostic& d : calendar.error())
      (d.severity == Severity::error ? errors : warnings).push_back(at_the_key(file, d));
    return false;
  }
  for (const Diagnostic& d : calendar->warnings) warnings.push_back(at_the_key(file, d));
  into = read(calendar->events);
  return true;
}

}  // namespace

YearSpan planning_years(const Programme& programme, Date as_of) {
  YearSpan years{year_of(as_of), year_of(as_of)};
  for (const Meeting& meeting : programme.meetings) {
    years.first = std::min(years.first, year_of(meeting.date));
    years.last = std::max(years.last, year_of(meeting.date));
  }
  return {years.first - 1, years.last + 3};
}

YearSpan widened(YearSpan years, YearSpan also) {
  return {std::min(years.first, also.first), std::max(years.last, also.last)};
}

std::set<Date> days_covered(const std::vector<ImportedEvent>& events) {
  std::set<Date> dates;
  for (const ImportedEvent& event : events) {
    dates.insert(event.start_date);
    for (Date day = add_days(event.start_date, 1); event.all_day && day < event.end_date; day = add_days(day, 1))
      dates.insert(day);
  }
  return dates;
}

std::vector<Date> meeting_days(const std::vector<ImportedEvent>& events) {
  std::vector<Date> dates;
  for (const ImportedEvent& event : events)
    if (event.status != "CANCELLED") dates.push_back(event.start_date);
  std::sort(dates.begin(), dates.end());
  dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
  return dates;
}

Result<LoadedCalendar> load_planning_calendar(const Programme& programme, YearSpan years) {
  LoadedCalendar loaded;
  PlanningCalendar& calendar = loaded.calendar;
  Diagnostics errors;
  if (programme.council.rules.bank_holidays == BankHolidays::england_and_wales)
    calendar.bank_holidays = england_and_wales_bank_holiday_dates(years.first, years.last);
  if (const auto& file = programme.council.rules.closure_days) {
    std::set<Date> closed;
    if (read_named(*file, days_covered, closed, errors, loaded.warnings))
      calendar.bank_holidays.insert(closed.begin(), closed.end());
  }
  for (const Body& body : programme.bodies) {
    if (!body.calendar) continue;
    std::vector<Date> days;
    if (read_named(*body.calendar, meeting_days, days, errors, loaded.warnings))
      calendar.body_meetings[body.id] = std::move(days);
  }
  if (!errors.empty()) {
    errors.insert(errors.end(), loaded.warnings.begin(), loaded.warnings.end());
    return tl::unexpected(std::move(errors));
  }
  return loaded;
}

}  // namespace agendad::planner::sources
