#pragma once
// The front page: each committee with its next meeting, its agendas and work programme, and a
// subscribe link for every calendar feed with a line on adding it to the common calendar apps.
#include <string>

#include "feeds/pages/page_options.hpp"
#include "planner/model/programme.hpp"

namespace agendad::pages {

// Meetings on or after `as_of` count as coming. Subscribe links are absolute: options.base_url,
// or the configuration's calendar.base_url where the daemon was given none.
std::string render_index(const planner::Programme& programme, planner::Date as_of, const PageOptions& options);

}  // namespace agendad::pages
