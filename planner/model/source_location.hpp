#pragma once
// Where a value came from, so that every later complaint about it can point a clerk at the line.
#include <string>

namespace agendad {

struct SourceLocation {
  std::string file;
  int line = 0;    // 1-based; 0 when unknown
  int column = 0;  // 1-based; 0 when unknown
};

std::string describe(const SourceLocation& where);  // "config/ilsc.yaml:12:5"

}  // namespace agendad
