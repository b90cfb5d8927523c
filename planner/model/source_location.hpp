#pragma once
// Where a value came from, so that every later complaint about it can point a clerk at the line.
#include <string>

namespace agendad::planner {

struct SourceLocation {
  std::string file;
  int line = 0;    // 1-based; 0 when unknown
  int column = 0;  // 1-based; 0 when unknown
  friend bool operator==(const SourceLocation&, const SourceLocation&) = default;
};

std::string describe(const SourceLocation& where);  // "config/ilsc.yaml:12:5"

// A file the configuration names (another body's calendar, extra closure days): where it is and
// where the configuration names it, so that a problem inside it is reported at that key too.
struct NamedFile {
  std::string path;     // resolved against the directory of the YAML file that names it
  SourceLocation where;  // of the key that names it
  std::string field;    // that key's path: council.rules.closure_days, bodies.cabinet.calendar
  friend bool operator==(const NamedFile&, const NamedFile&) = default;
};

}  // namespace agendad::planner
