#pragma once
// When each meeting's papers fall due: the agenda's latest publication date and, where the council
// sets one, the deadline for report authors.
#include <optional>

#include "planner/model/meeting.hpp"
#include "planner/rules/working_days.hpp"

namespace agendad::planner {

struct Timetable {
  Date publication;                   // the agenda must be out by this day
  std::optional<Date> report_deadline;  // reports due to the governance advisor by this day
  friend bool operator==(const Timetable&, const Timetable&) = default;
};

Timetable timetable(const WorkingCalendar& calendar, const PlanningRules& rules, const Meeting& meeting);

// Once the publication day has gone by, nothing more can go on the agenda except urgent business.
bool publication_passed(const Timetable& dates, Date as_of);

}  // namespace agendad::planner
