#pragma once
// The nesting of BEGIN/END blocks in an iCalendar text, with their lines: checked before libical
// parses it (libical's parser silently returns nothing for unbalanced input), and used afterwards
// to say on which line libical's complaints (X-LIC-ERROR) and skipped events are.
#include <string>
#include <vector>

#include "planner/sources/content_lines.hpp"
#include "planner/model/diagnostic.hpp"

namespace agendad::planner::sources {

struct OutlineNode {
  std::string name;       // upper case: VCALENDAR, VEVENT, ...
  std::size_t begin = 0;  // index of its BEGIN line in the content lines
  std::size_t end = 0;    // index of its END line
  std::vector<OutlineNode> children;
};

// The top-level components, each of which must be a VCALENDAR; every BEGIN closed by its END.
Result<std::vector<OutlineNode>> outline_calendars(const std::vector<ContentLine>& lines, const std::string& source);

}  // namespace agendad::planner::sources
