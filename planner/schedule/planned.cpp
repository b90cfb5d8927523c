#include "planner/schedule/planned.hpp"

#include <algorithm>
#include <tuple>

#include "planner/schedule/extraordinary.hpp"

namespace agendad::planner {

PlannedProgramme plan_programme(Programme programme, const PlanningCalendar& calendar, Date as_of,
                                const ScheduleOptions& options) {
  PlannedProgramme planned;
  auto extraordinary = propose_extraordinary(programme, calendar, plan(programme, calendar, as_of), options);
  if (!extraordinary) {
    planned.programme = std::move(programme);
    planned.plan = plan(planned.programme, calendar, as_of);
    planned.plan.problems = std::move(extraordinary.error());
    return planned;
  }
  for (const ExtraordinaryMeeting& proposal : extraordinary->meetings) programme.meetings.push_back(proposal.meeting);
  std::sort(programme.meetings.begin(), programme.meetings.end(), [](const Meeting& a, const Meeting& b) {
    return std::tie(a.date, a.start, a.id) < std::tie(b.date, b.start, b.id);
  });
  planned.programme = std::move(programme);
  planned.plan = plan(planned.programme, calendar, as_of, extraordinary->meetings);
  planned.plan.extraordinary = std::move(*extraordinary);
  return planned;
}

}  // namespace agendad::planner
