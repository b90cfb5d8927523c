#pragma once
// Which meeting a committee's date names. A date is how people (and URLs: /agendas/ilsc/2024-09-17)
// name a meeting; where a committee holds two on one day, the formal meeting owns the date and
// its agenda, the workshop does not.
#include <string_view>

#include "planner/model/diagnostic.hpp"
#include "planner/model/programme.hpp"

namespace agendad::planner {

// The meeting a committee holds on a date (a formal one before a workshop on the same day), or
// a diagnostic saying which committees exist or which dates the committee meets on.
Result<const Meeting*> find_meeting(const Programme& programme, std::string_view committee, Date date);

}  // namespace agendad::planner
