#include "tests/support/agendad_process.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>

namespace agendad::test_support {
namespace {

// A fresh file for the program's stderr: tests in one binary may run programs one after another
// and ctest runs binaries side by side.
std::filesystem::path new_stderr_file() {
  std::string name = (std::filesystem::temp_directory_path() / "agendad-test-stderr-XXXXXX").string();
  int fd = ::mkstemp(name.data());
  if (fd < 0) throw std::runtime_error("cannot create a file for stderr in " + name);
  ::close(fd);
  return name;
}

}  // namespace

Outcome run_shell(const std::string& command) {
  const std::filesystem::path err = new_stderr_file();
  const std::string shell = command + " 2>'" + err.string() + "'";
  FILE* pipe = ::popen(shell.c_str(), "r");
  if (!pipe) {
    std::filesystem::remove(err);
    throw std::runtime_error("cannot run " + command);
  }
  Outcome outcome;
  char buffer[4096];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) outcome.out.append(buffer, n);
  const int status = ::pclose(pipe);
  outcome.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::ifstream in(err, std::ios::binary);
  outcome.err.assign(std::istreambuf_iterator<char>(in), {});
  std::filesystem::remove(err);
  return outcome;
}

Outcome run_agendad(const std::string& arguments, const std::string& cwd) {
  return run_shell("cd '" + cwd + "' && '" AGENDAD_BINARY "' " + arguments);
}

}  // namespace agendad::test_support
