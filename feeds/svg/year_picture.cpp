#include "feeds/svg/year_picture.hpp"

namespace agendad::svg {

using planner::Plan, planner::PlanningCalendar, planner::Programme;

std::optional<std::string> render_year_picture(const Programme& programme, const PlanningCalendar& calendar,
                                               const Plan& plan, const YearRequest& request) {
  auto view = year_view(programme, calendar, plan, request);
  if (!view) return std::nullopt;
  return year_svg(*view);
}

}  // namespace agendad::svg
