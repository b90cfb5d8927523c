#pragma once
// Something owed because a meeting resolved it: a written response, data to circulate.
#include <optional>
#include <string>

#include "planner/model/date.hpp"
#include "planner/model/source_location.hpp"

namespace agendad::planner {

struct Action {
  std::string id;
  std::string committee;
  std::string owed;      // what: "a written response on Rotherham's statistical neighbours"
  std::string owed_to;   // to whom: "the Commission"
  std::string owed_by;   // by whom, where the minutes say
  std::optional<Date> due;
  std::string meeting;   // the meeting whose minutes record it
  std::optional<int> minute;
  bool done = false;
  SourceLocation where;
  friend bool operator==(const Action&, const Action&) = default;
};

}  // namespace agendad::planner
