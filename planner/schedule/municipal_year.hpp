#pragma once
// A council's municipal year: from 1 May, when the annual meeting settles the bodies and their
// members, to 30 April of the next year. "2025/26" runs from 1 May 2025 to 30 April 2026.
#include <string>
#include <string_view>

#include "planner/model/date.hpp"
#include "planner/model/diagnostic.hpp"

namespace agendad::planner {

struct MunicipalYear {
  std::string label;  // 2025/26
  Date first;
  Date last;  // inclusive
  bool contains(Date date) const { return first <= date && date <= last; }
};

// "2025/26" -> 1 May 2025 to 30 April 2026; "2025/2026" too. Anything else, or a second year that
// does not follow the first, is an error naming what was found.
Result<MunicipalYear> parse_municipal_year(std::string_view text);

// The municipal year a date falls in.
MunicipalYear municipal_year_of(Date date);

}  // namespace agendad::planner
