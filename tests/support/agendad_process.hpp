#pragma once
// Running agendad (or any program) from a test as a shell would: its exit status, and what it
// wrote to stdout and to stderr, kept apart.
#include <string>

namespace agendad::test_support {

struct Outcome {
  int status = -1;  // the exit status; -1 when the program was ended by a signal
  std::string out;
  std::string err;
};

// Runs `command` through /bin/sh with its stderr captured; `command` must not redirect stderr itself.
Outcome run_shell(const std::string& command);

// Runs AGENDAD_BINARY with `arguments` (shell-quoted where needed) in the directory `cwd`.
Outcome run_agendad(const std::string& arguments, const std::string& cwd = ".");

}  // namespace agendad::test_support
