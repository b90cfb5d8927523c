#include "feeds/ical/planner_calendars.hpp"

#include <algorithm>

#include "feeds/ical/import.hpp"

namespace agendad::ical {

Result<std::set<Date>> import_bank_holidays(const std::string& path) {
  auto calendar = import_calendar_file(path);
  if (!calendar) return tl::unexpected(calendar.error());
  std::set<Date> dates;
  for (const ImportedEvent& event : calendar->events) {
    dates.insert(event.start_date);
    for (Date day = add_days(event.start_date, 1); event.all_day && day < event.end_date; day = add_days(day, 1))
      dates.insert(day);
  }
  return dates;
}

Result<std::vector<Date>> import_body_meetings(const std::string& path) {
  auto calendar = import_calendar_file(path);
  if (!calendar) return tl::unexpected(calendar.error());
  std::vector<Date> dates;
  for (const ImportedEvent& event : calendar->events)
    if (event.status != "CANCELLED") dates.push_back(event.start_date);
  std::sort(dates.begin(), dates.end());
  dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
  return dates;
}

Result<PlanningCalendar> import_planning_calendar(const Programme& programme) {
  PlanningCalendar calendars;
  Diagnostics errors;
  auto keep_errors = [&](const Diagnostics& found) { errors.insert(errors.end(), found.begin(), found.end()); };
  if (const std::string& file = programme.council.rules.bank_holidays_file; !file.empty()) {
    auto dates = import_bank_holidays(file);
    if (dates)
      calendars.bank_holidays = std::move(*dates);
    else
      keep_errors(dates.error());
  }
  for (const Body& body : programme.bodies) {
    if (body.calendar_file.empty()) continue;
    auto dates = import_body_meetings(body.calendar_file);
    if (dates)
      calendars.body_meetings[body.id] = std::move(*dates);
    else
      keep_errors(dates.error());
  }
  if (!errors.empty()) return tl::unexpected(errors);
  return calendars;
}

}  // namespace agendad::ical
