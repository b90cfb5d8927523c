#pragma once
// Running a program as a test would from a shell: its exit status and what it wrote to stdout.
#include <string>

namespace agendad::testing {

struct Output {
  int status = -1;  // as pclose returns it: 0 for success
  std::string out;
};

Output run(const std::string& command);

}  // namespace agendad::testing
