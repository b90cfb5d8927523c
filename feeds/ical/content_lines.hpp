#pragma once
// iCalendar content lines (RFC 5545 §3.1): reading a file's physical lines into unfolded logical
// lines that remember where they began, and writing logical lines back folded at 75 octets.
#include <string>
#include <string_view>
#include <vector>

#include "planner/model/diagnostic.hpp"

namespace agendad::ical {

struct ContentLine {
  int line = 0;      // the physical line (1-based) on which the logical line begins
  std::string text;  // unfolded, without its line end
};

// Strips a UTF-8 byte order mark, accepts CRLF and bare LF line ends, unfolds continuation lines
// and drops blank ones. Refuses, naming the file and line, invalid UTF-8 and control characters
// (a NUL or a lone CR among them), which no iCalendar text may hold and libical would misread.
Result<std::vector<ContentLine>> read_content_lines(std::string_view text, const std::string& source);

// Re-folds serialised iCalendar text: unfolds whatever folding it has, then folds every line at
// 75 octets with CRLF, never inside a UTF-8 sequence. libical 3.0 folds by its own rule (at 75
// characters, preferring spaces), which can leave lines longer than 75 octets in non-ASCII text.
std::string fold_content_lines(std::string_view text);

// Joins folded lines: every CRLF followed by a space or a tab goes, with that space or tab.
std::string unfold_content_lines(std::string_view text);

// The length of the valid UTF-8 sequence starting at text[0], or 0 if it is not one.
std::size_t utf8_sequence_length(std::string_view text);

}  // namespace agendad::ical
