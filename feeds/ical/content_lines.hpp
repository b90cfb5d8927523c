#pragma once
// Writing iCalendar content lines (RFC 5545 §3.1) folded at 75 octets. (Reading them is
// planner/sources/content_lines.hpp.)
#include <string>
#include <string_view>

namespace agendad::ical {

// Re-folds serialised iCalendar text: unfolds whatever folding it has, then folds every line at
// 75 octets with CRLF, never inside a UTF-8 sequence. libical 3.0 folds by its own rule (at 75
// characters, preferring spaces), which can leave lines longer than 75 octets in non-ASCII text.
std::string fold_content_lines(std::string_view text);

// Joins folded lines: every CRLF followed by a space or a tab goes, with that space or tab.
std::string unfold_content_lines(std::string_view text);

}  // namespace agendad::ical
