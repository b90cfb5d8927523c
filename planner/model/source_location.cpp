#include "planner/model/source_location.hpp"

namespace agendad::planner {

std::string describe(const SourceLocation& where) {
  std::string text = where.file;
  if (where.line > 0) text += ":" + std::to_string(where.line);
  if (where.column > 0) text += ":" + std::to_string(where.column);
  return text;
}

}  // namespace agendad::planner
