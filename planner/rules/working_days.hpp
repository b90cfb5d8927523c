#pragma once
// Working-day arithmetic as councils count it for agenda publication (Local Government Act 1972,
// s.100B: "clear days" exclude the day of publication, the day of the meeting, weekends and bank
// holidays).
#include "planner/rules/planning_calendar.hpp"

namespace agendad::planner {

bool is_working_day(const WorkingCalendar& calendar, Date date);

// Working days strictly between two dates (neither end counted); 0 when `to` is not after `from`.
int clear_working_days_between(const WorkingCalendar& calendar, Date from, Date to);

// The working day `count` working days before `date` (count >= 1); `date` itself is not counted.
Date working_days_before(const WorkingCalendar& calendar, Date date, int count);

// The latest working day on which the agenda can be published and still leave `clear_days`
// clear working days before the meeting.
Date latest_publication(const WorkingCalendar& calendar, Date meeting, int clear_days);

}  // namespace agendad::planner
