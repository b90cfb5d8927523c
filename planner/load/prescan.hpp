#pragma once
// Checks made on a file's raw text before yaml-cpp sees it, so that hostile input is refused with a
// located message instead of exhausting the stack or memory: size, binary bytes, tab indentation,
// nesting depth and anchors/aliases (which the schema never needs, and which make alias bombs).
#include <string>
#include <string_view>

#include "planner/model/diagnostic.hpp"

namespace agendad::planner::load {

inline constexpr int max_nesting_depth = 64;

// The text yaml-cpp may parse (a leading UTF-8 byte order mark removed), or why it must not.
Result<std::string_view> prescan(const std::string& path, std::string_view text);

}  // namespace agendad::planner::load
