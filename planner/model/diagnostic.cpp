#include "planner/model/diagnostic.hpp"

#include <algorithm>

namespace agendad::planner {

std::string format_line(const Diagnostic& diagnostic) {
  std::string line = describe(diagnostic.where);
  line += diagnostic.severity == Severity::error ? ": error: " : ": warning: ";
  if (!diagnostic.field.empty()) line += diagnostic.field + ": ";
  line += diagnostic.message;
  if (!diagnostic.found.empty() || !diagnostic.expected.empty()) {
    line += " (";
    if (!diagnostic.found.empty()) line += "found " + diagnostic.found;
    if (!diagnostic.found.empty() && !diagnostic.expected.empty()) line += "; ";
    if (!diagnostic.expected.empty()) line += "expected " + diagnostic.expected;
    line += ")";
  }
  return line;
}

bool has_errors(const Diagnostics& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::error; });
}

}  // namespace agendad::planner
