#pragma once
// Naming other bodies in a clerk's sentence.
#include <string>
#include <string_view>

#include "planner/model/programme.hpp"

namespace agendad::planner {

// "the Improving Places Select Commission" for a known committee or body id; anything else as
// written (free text such as "the Health Select Commission", or an id the loader let through).
std::string the_body(const Programme& programme, std::string_view id);

}  // namespace agendad::planner
