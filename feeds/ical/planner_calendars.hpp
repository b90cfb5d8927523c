#pragma once
// The dates the planner needs from the iCalendar files a configuration names: the bank holidays
// (no working day, no meeting) and other bodies' meetings (Cabinet, for due-before rules).
// The planner itself never reads iCalendar: these run at load time and hand it plain dates.
#include <map>
#include <set>
#include <string>
#include <vector>

#include "planner/model/date.hpp"
#include "planner/model/diagnostic.hpp"
#include "planner/model/programme.hpp"
#include "planner/rules/planning_calendar.hpp"

namespace agendad::ical {

// Every day an event covers: all-day events from DTSTART up to their exclusive DTEND.
Result<std::set<Date>> import_bank_holidays(const std::string& path);

// The days on which the body meets, in order: cancelled events left out.
Result<std::vector<Date>> import_body_meetings(const std::string& path);

// Reads PlanningRules::bank_holidays_file and each Body::calendar_file (paths as the loader
// resolved them) into the planner's input. Every file's errors, not just the first one's.
Result<PlanningCalendar> import_planning_calendar(const Programme& programme);

}  // namespace agendad::ical
