#pragma once
// A located complaint about the configuration, worded for the clerk who edits it.
#include <string>
#include <vector>

#include <tl/expected.hpp>

#include "planner/model/source_location.hpp"

namespace agendad::planner {

enum class Severity { error, warning };

struct Diagnostic {
  Severity severity = Severity::error;
  SourceLocation where;
  std::string field;     // path of the field: committees.ilsc.meetings[2].date
  std::string message;   // what is wrong, in a clerk's words
  std::string found;     // what the file holds there (may be empty)
  std::string expected;  // what would be accepted (may be empty)
};

using Diagnostics = std::vector<Diagnostic>;

// Expected failures travel as values: the thing, or every reason it could not be had.
template <typename T>
using Result = tl::expected<T, Diagnostics>;

// One line: "config/ilsc.yaml:12:5: error: meetings[2].date: no such day (found 2025-02-30; expected a date as YYYY-MM-DD)"
std::string format_line(const Diagnostic& diagnostic);
bool has_errors(const Diagnostics& diagnostics);

}  // namespace agendad::planner
