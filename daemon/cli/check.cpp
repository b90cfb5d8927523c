// `agendad check [DIR]`: loads the configuration and says whether it is sound. A clerk gets a
// one-screen summary or every error, one per line; tools get the same as JSON.
#include <iostream>
#include <string>

#include "daemon/cli/common.hpp"
#include "daemon/server/members.hpp"
#include "feeds/reports/check_report.hpp"

namespace agendad::cli {
namespace {

constexpr const char* usage =
    "Usage: agendad check [DIR] [--config DIR] [--secrets FILE] [--format text|json]\n\n"
    "Loads the configuration directory (default: config) as `serve` does and checks it: every .yaml\n"
    "file in it, strictly, and every calendar file they name. Prints a summary of the programme, or\n"
    "every problem with its file, line and field.\n\n"
    "  --config DIR     the configuration directory (the same as giving DIR)\n"
    "  --secrets FILE   also check the members' secrets file that serve would be given\n"
    "  --format F       text (default) or json, printed to stdout\n\n"
    "Exit status: 0 the configuration is sound and `serve` accepts it (warnings may be printed);\n"
    "1 it has errors; 2 the command line is wrong.\n";

enum class Format { text, json };

int usage_error(const std::string& message) { return cli::usage_error("check", usage, message); }

int report_failure(const Diagnostics& diagnostics, Format format) {
  if (format == Format::json) {
    std::cout << reports::check_failure_json(diagnostics);
    return 1;
  }
  print_diagnostics(diagnostics);
  std::cerr << "agendad check: " << reports::not_loaded(diagnostics) << "\n";
  return 1;
}

int run(Arguments arguments) {
  std::optional<std::string> dir;
  std::optional<std::string> secrets;
  Format format = Format::text;
  for (std::size_t i = 0; i < arguments.size(); ++i) {
    std::string_view argument = arguments[i];
    if (argument == "--config" || argument == "--format" || argument == "--secrets") {
      auto value = option_value(arguments, i);
      if (!value) return usage_error(needs_a_value(argument));
      if (argument == "--secrets") {
        secrets = std::string(*value);
        continue;
      }
      if (argument == "--format") {
        auto json = parse_json_or_text(*value);
        if (!json) return usage_error(unknown_format(*value, "text or json"));
        format = *json ? Format::json : Format::text;
        continue;
      }
      if (dir) return usage_error("give the configuration directory once");
      dir = std::string(*value);
    } else if (argument.starts_with("-")) {
      return usage_error(unknown_option(argument));
    } else {
      if (dir) return usage_error("give the configuration directory once");
      dir = std::string(argument);
    }
  }
  std::string directory = dir.value_or("config");
  // Everything serve loads: the YAML, every calendar it names, the bank holidays of the years it
  // plans; the secrets file when one is given.
  auto loaded = sources::load_configuration(directory, today_in_london());
  if (!loaded) return report_failure(loaded.error(), format);
  if (secrets)
    if (auto tokens = server::load_member_tokens(*secrets); !tokens) return report_failure(tokens.error(), format);
  const std::size_t files = loaded->files.size();
  if (format == Format::json) {
    std::cout << reports::check_json(loaded->programme, files, loaded->warnings);
  } else {
    std::cout << reports::check_text(loaded->programme, loaded->papers, files, directory);
    print_diagnostics(loaded->warnings);
  }
  return std::cout.good() ? 0 : 1;
}

const bool registered = register_command({"check", "check the configuration and summarise the programme", usage, run});

}  // namespace
}  // namespace agendad::cli
