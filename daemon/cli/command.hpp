#pragma once
// The agendad subcommands. Each lives in its own file under daemon/cli and registers itself,
// so that adding one touches nothing else.
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace agendad::cli {

using Arguments = std::span<const std::string_view>;

struct Command {
  std::string name;
  std::string summary;     // one line for `agendad --help`
  std::string (*help)();   // `agendad NAME --help`, from the command's declaration (command_line.hpp)
  int (*run)(Arguments arguments);
};

bool register_command(Command command);
const std::vector<Command>& commands();  // sorted by name

}  // namespace agendad::cli
