#pragma once
// The one place the daemon and the CLI ask the clock what day it is.
#include "planner/model/date.hpp"

namespace agendad::site {

// Today on the Europe/London wall clock: just after midnight in summer it is already tomorrow
// there while UTC still says today.
planner::Date today_in_london();

}  // namespace agendad::site
