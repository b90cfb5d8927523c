#pragma once
// What `agendad check` prints: a one-screen summary of a configuration that loads (its council,
// each committee's members, meetings, items, actions owed and papers), or, as JSON for tools,
// the same summary or every located error. Values in, text out.
#include <cstddef>
#include <string>

#include "planner/model/diagnostic.hpp"
#include "planner/model/programme.hpp"
#include "planner/sources/papers.hpp"

namespace agendad::reports {

// `files` were read from `dir`; each paper named is listed with the page count read from it.
std::string check_text(const planner::Programme& programme, const planner::sources::PaperFiles& papers,
                       std::size_t files, const std::string& dir);
// {"ok": true, ...}: the summary's counts and the warnings. Indented by 2, ending in a newline.
std::string check_json(const planner::Programme& programme, std::size_t files, const planner::Diagnostics& warnings);
// {"ok": false, "errors": [...]}: every problem, located.
std::string check_failure_json(const planner::Diagnostics& diagnostics);
// "4 errors; the configuration was not loaded".
std::string not_loaded(const planner::Diagnostics& diagnostics);

}  // namespace agendad::reports
