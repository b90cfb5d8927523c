#include "feeds/svg/year_picture.hpp"

namespace agendad::svg {

using planner::Plan, planner::PlanningCalendar, planner::Programme;

std::optional<std::string> render_year_picture(const Programme& programme, const PlanningCalendar& calendar,
                                               const Plan& plan, const YearRequest& request) {
  return render_year_picture(programme, calendar, plan, programme_as_of(programme, request.as_of), request);
}

std::optional<std::string> render_year_picture(const Programme& programme, const PlanningCalendar& calendar,
                                               const Plan& plan, const planner::ProgrammeAsOf& papers,
                                               const YearRequest& request) {
  auto view = year_view(programme, calendar, plan, papers, request);
  if (!view) return std::nullopt;
  return year_svg(*view);
}

}  // namespace agendad::svg
