#pragma once
// The front page: each committee with its next meeting, its agendas and work programme, and a
// subscribe link for every calendar feed with a line on adding it to the common calendar apps.
#include <string>
#include <vector>

#include "feeds/pages/page_options.hpp"
#include "planner/model/programme.hpp"

namespace agendad::pages {

// Meetings on or after `as_of` count as coming. Subscribe links are absolute: options.base_url,
// or the configuration's calendar.base_url where the daemon was given none.
std::string render_index(const planner::Programme& programme, planner::Date as_of, const PageOptions& options);

// The page put together from each committee's section (its next meeting, work programme and
// meetings), in the programme's order: render_index is, and the daemon keeps the sections of the
// committees whose part of the plan is unchanged (daemon/site/kept_pages.hpp).
std::string index_section(const planner::Programme& programme, const planner::Committee& committee, planner::Date as_of);
std::string render_index(const planner::Programme& programme, planner::Date as_of, const PageOptions& options,
                         const std::vector<const std::string*>& sections);

}  // namespace agendad::pages
