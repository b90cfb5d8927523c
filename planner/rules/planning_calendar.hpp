#pragma once
// The dates the planner needs from outside the configuration: bank holidays and the meetings of
// other bodies (Cabinet). The daemon fills it from iCalendar files; the planner never reads one.
#include <map>
#include <set>
#include <string>
#include <vector>

#include "planner/model/council.hpp"
#include "planner/model/date.hpp"

namespace agendad::planner {

struct PlanningCalendar {
  std::set<Date> bank_holidays;
  std::map<std::string, std::vector<Date>> body_meetings;  // body id -> its meeting dates, any order
  friend bool operator==(const PlanningCalendar&, const PlanningCalendar&) = default;
};

// The days on which council offices work: not weekends, bank holidays or configured closures.
struct WorkingCalendar {
  std::set<Date> bank_holidays;
  std::vector<Closure> closures;
};

WorkingCalendar working_calendar(const PlanningCalendar& calendar, const PlanningRules& rules);

}  // namespace agendad::planner
