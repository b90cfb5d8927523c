#pragma once
// Reading iCalendar content lines (RFC 5545 §3.1): a file's physical lines into unfolded logical
// lines that remember where they began. (Writing them folded is feeds/ical/content_lines.hpp.)
#include <string>
#include <string_view>
#include <vector>

#include "planner/model/diagnostic.hpp"

namespace agendad::planner::sources {

struct ContentLine {
  int line = 0;      // the physical line (1-based) on which the logical line begins
  std::string text;  // unfolded, without its line end
};

// Strips a UTF-8 byte order mark, accepts CRLF and bare LF line ends, unfolds continuation lines
// and drops blank ones. Refuses, naming the file and line, invalid UTF-8 and control characters
// (a NUL or a lone CR among them), which no iCalendar text may hold and libical would misread.
Result<std::vector<ContentLine>> read_content_lines(std::string_view text, const std::string& source);

}  // namespace agendad::planner::sources
