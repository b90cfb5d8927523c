#pragma once
// Naming other bodies in a clerk's sentence, and listing things in one.
#include <iterator>
#include <string>
#include <string_view>

#include "planner/model/programme.hpp"

namespace agendad::planner {

// "the Improving Places Select Commission" for a known committee or body id; anything else as
// written (free text such as "the Health Select Commission", or an id the loader let through).
std::string the_body(const Programme& programme, std::string_view id);

// "1st", "2nd", "3rd", "11th", "21st": a rank in words.
std::string ordinal(int n);

// "A", "A and B", "A, B and C": any range of strings or string_views.
template <typename Parts>
std::string listed(const Parts& parts) {
  std::size_t size = 0;
  for (const auto& part : parts) size += std::string_view(part).size() + 5;
  std::string text;
  text.reserve(size);
  std::size_t k = 0;
  for (const auto& part : parts) {
    if (k) text += k + 1 == std::size(parts) ? " and " : ", ";
    text += std::string_view(part);
    ++k;
  }
  return text;
}

}  // namespace agendad::planner
