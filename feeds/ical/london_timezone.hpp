#pragma once
// The one VTIMEZONE every agendad feed carries: Europe/London in the compact form clients accept
// (one STANDARD and one DAYLIGHT rule, anchored in 1970, changing on the last Sundays of March and
// October), not libical's builtin component, which is 8 KB of history back to 1847 under the TZID
// /freeassociation.sourceforge.net/Europe/London.
#include <string_view>

#include "planner/sources/libical_ptr.hpp"

namespace agendad::ical {

inline constexpr std::string_view london_tzid = "Europe/London";

planner::sources::ComponentPtr london_vtimezone();

}  // namespace agendad::ical
