#include "planner/rules/wording.hpp"

namespace agendad::planner {

std::string the_body(const Programme& programme, std::string_view id) {
  if (programme.committee(id) || programme.body(id)) return "the " + programme.body_name(id);
  return std::string(id);
}

}  // namespace agendad::planner
