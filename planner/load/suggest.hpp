#pragma once
// "`dat`: did you mean `date`?" The nearest of the accepted words, if one is near enough.
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace agendad::planner::load {

std::size_t edit_distance(std::string_view a, std::string_view b);
// The closest candidate within a distance that still reads as a typo of `word`.
std::optional<std::string> nearest(std::string_view word, std::span<const std::string_view> candidates);

}  // namespace agendad::planner::load
