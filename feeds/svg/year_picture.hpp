#pragma once
// The picture of a year from the programme itself: the planner's answer on the as-of date, the
// view, the SVG. What `agendad picture`, the daemon and `agendad export` all call.
#include <optional>
#include <string>

#include "feeds/svg/year_svg.hpp"
#include "feeds/svg/year_view.hpp"

namespace agendad::svg {

// nullopt when there is no such committee (nor "all").
std::optional<std::string> render_year_picture(const Programme& programme, const PlanningCalendar& calendar,
                                               const YearRequest& request);

// The same from a plan already made (the daemon plans once for every committee's picture).
std::optional<std::string> render_year_picture(const Programme& programme, const PlanningCalendar& calendar,
                                               const Plan& plan, const YearRequest& request);

}  // namespace agendad::svg
