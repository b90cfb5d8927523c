// agendad: plans a scrutiny committee's work programme and publishes its meetings.
#include <iostream>
#include <string_view>
#include <vector>

#include "daemon/cli/command.hpp"

namespace {

void print_help(std::ostream& out) {
  out << "agendad " AGENDAD_VERSION
         ": plans a council scrutiny committee's work programme and publishes its meetings\n"
         "as calendar feeds and its agendas as drafts.\n\n"
         "Usage: agendad COMMAND [OPTIONS]\n\nCommands:\n";
  for (const auto& command : agendad::cli::commands())
    out << "  " << command.name << std::string(10 - std::min<std::size_t>(command.name.size(), 9), ' ')
        << command.summary << "\n";
  out << "\nRun `agendad COMMAND --help` for a command's options.\n";
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string_view> arguments(argv + 1, argv + argc);
  if (arguments.empty() || arguments[0] == "--help" || arguments[0] == "-h" || arguments[0] == "help") {
    print_help(arguments.empty() ? std::cerr : std::cout);
    return arguments.empty() ? 2 : 0;
  }
  if (arguments[0] == "--version") {
    std::cout << "agendad " AGENDAD_VERSION "\n";
    return 0;
  }
  for (const auto& command : agendad::cli::commands()) {
    if (command.name != arguments[0]) continue;
    std::span<const std::string_view> rest(arguments.data() + 1, arguments.size() - 1);
    if (!rest.empty() && (rest[0] == "--help" || rest[0] == "-h")) {
      std::cout << command.help();
      return 0;
    }
    return command.run(rest);
  }
  std::cerr << "agendad: no command called \"" << arguments[0] << "\"; run `agendad --help` for the list\n";
  return 2;
}
