#pragma once
// The picture of a year: the plan (made once, planner/schedule/planned.hpp), the view, the SVG.
// What `agendad picture`, the daemon and `agendad export` all call.
#include <optional>
#include <string>

#include "feeds/svg/year_svg.hpp"
#include "feeds/svg/year_view.hpp"

namespace agendad::svg {

// nullopt when there is no such committee (nor "all"). The calendar gives the bank holidays.
std::optional<std::string> render_year_picture(const planner::Programme& programme,
                                               const planner::PlanningCalendar& calendar, const planner::Plan& plan,
                                               const YearRequest& request);
// The same, given `papers`: programme_as_of(programme, request.as_of) (see year_view).
std::optional<std::string> render_year_picture(const planner::Programme& programme,
                                               const planner::PlanningCalendar& calendar, const planner::Plan& plan,
                                               const planner::ProgrammeAsOf& papers, const YearRequest& request);

}  // namespace agendad::svg
