#include "planner/rules/wording.hpp"

namespace agendad::planner {

std::string the_body(const Programme& programme, std::string_view id) {
  if (programme.committee(id) || programme.body(id)) return "the " + programme.body_name(id);
  return std::string(id);
}

std::string ordinal(int n) {
  const int tens = n % 100;
  const char* suffix = (tens >= 11 && tens <= 13) ? "th" : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
  return std::to_string(n) + suffix;
}

}  // namespace agendad::planner
