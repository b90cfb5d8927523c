// `agendad check [DIR]`: loads the configuration and says whether it is sound. A clerk gets a
// one-screen summary or every error, one per line; tools get the same as JSON.
#include <iostream>
#include <optional>
#include <string>

#include "daemon/cli/common.hpp"
#include "daemon/site/members.hpp"
#include "feeds/reports/check_report.hpp"

namespace agendad::cli {

using planner::Diagnostics;

namespace {

constexpr Usage usage{
    .name = "check",
    .description =
        "Loads the configuration directory (default: config) as `serve` does and checks it: every .yaml\n"
        "file in it, strictly, and every calendar file they name. Prints a summary of the programme, or\n"
        "every problem with its file, line and field.\n",
    .exit_status = "Exit status: 0 the configuration is sound and `serve` accepts it (warnings may be printed);\n"
                   "1 it has errors; 2 the command line is wrong.\n",
    .wrong_words = "give the configuration directory once"};

struct Options {
  std::optional<std::string> config;
  std::optional<std::string> secrets;
  bool json = false;
  std::optional<std::string> dir;
};

CommandLine command_line(Options& options) {
  CommandLine line(usage);
  line.add_options()
      ("config", word(&options.config, "DIR"), "the configuration directory (the same as giving DIR)")
      ("secrets", word(&options.secrets, "FILE"), "also check the members' secrets file that serve would be given")
      ("format", json_or_text(&options.json), "text (default) or json, printed to stdout");
  line.add_word("dir", word(&options.dir, "DIR"));
  return line;
}

std::string help() {
  Options unused;
  return command_line(unused).help();
}

int report_failure(const Diagnostics& diagnostics, bool json) {
  if (json) {
    std::cout << reports::check_failure_json(diagnostics);
    return 1;
  }
  print_diagnostics(diagnostics);
  std::cerr << "agendad check: " << reports::not_loaded(diagnostics) << "\n";
  return 1;
}

int run(Arguments arguments) {
  Options options;
  const CommandLine line = command_line(options);
  if (!line.parse(arguments)) return 2;
  if (options.config && options.dir) return line.mistake(usage.wrong_words);
  const std::string directory = options.dir.value_or(options.config.value_or("config"));
  // Everything serve loads: the YAML, every calendar it names, the bank holidays of the years it
  // plans; the secrets file when one is given.
  auto loaded = planner::sources::load_configuration(directory, today_in_london());
  if (!loaded) return report_failure(loaded.error(), options.json);
  if (options.secrets)
    if (auto tokens = site::load_member_tokens(*options.secrets); !tokens)
      return report_failure(tokens.error(), options.json);
  const std::size_t files = loaded->readings.size();
  if (options.json) {
    std::cout << reports::check_json(loaded->programme, files, loaded->warnings);
  } else {
    std::cout << reports::check_text(loaded->programme, loaded->papers, files, directory);
    print_diagnostics(loaded->warnings);
  }
  return std::cout.good() ? 0 : 1;
}

const bool registered = register_command({"check", "check the configuration and summarise the programme", help, run});

}  // namespace
}  // namespace agendad::cli
