#include "planner/rules/timetable.hpp"

namespace agendad::planner {

Timetable timetable(const WorkingCalendar& calendar, const PlanningRules& rules, const Meeting& meeting) {
  Timetable dates{latest_publication(calendar, meeting.date, rules.publication_clear_days), std::nullopt};
  if (rules.report_deadline_working_days)
    dates.report_deadline = working_days_before(calendar, dates.publication, *rules.report_deadline_working_days);
  return dates;
}

bool publication_passed(const Timetable& dates, Date as_of) { return dates.publication < as_of; }

}  // namespace agendad::planner
