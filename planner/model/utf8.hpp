#pragma once
// UTF-8, validated one way everywhere: what iCalendar files, YAML and served text are checked with.
#include <cstddef>
#include <string_view>

namespace agendad::planner {

// The length of the valid UTF-8 sequence starting at text[0], or 0 if it is not one (overlong
// forms, UTF-16 surrogates and code points above U+10FFFF are not).
std::size_t utf8_sequence_length(std::string_view text);

// Whether the whole text is valid UTF-8.
bool is_valid_utf8(std::string_view text);

}  // namespace agendad::planner
