#pragma once
// A subcommand's command line, declared once: Program_options' table of its options and its
// positional words, each with the kind of value it takes (option_values.hpp) and where that goes.
// The same declaration parses the arguments and prints `agendad NAME --help`, so the usage, the
// manual page and the bash completion made from it (scripts/help-to-man, help-to-completion)
// cannot drift from what the command takes.
#include <optional>
#include <string>

#include <boost/program_options.hpp>

#include "daemon/cli/command.hpp"

namespace agendad::cli {

namespace po = boost::program_options;

// What a command's usage says around its table of options.
struct Usage {
  const char* name;         // "agenda"
  const char* description;  // the paragraphs under the synopsis, as they are to be printed
  const char* exit_status;  // "Exit status: 0 printed; ...", likewise
  // The mistake of too few or too many words, for a command that takes any: "expected COMMITTEE
  // and DATE". A command that takes none says which word it did not expect.
  const char* wrong_words = "";
  // A long usage is not printed after a mistake; the mistake then says where to find it.
  bool usage_after_mistake = true;
};

class CommandLine {
 public:
  explicit CommandLine(const Usage& usage);

  // The options, in the order the usage lists them; a flag's value is po::bool_switch.
  po::options_description_easy_init add_options() { return options_.add_options(); }
  // The next positional word: its key, and its value, whose name (COMMITTEE, DATE) the usage
  // shows; it may be left out unless the value is required().
  CommandLine& add_word(const char* key, const po::value_semantic* value);

  // `agendad NAME --help`: the synopsis, the description, the options, the exit status.
  std::string help() const;
  // Reads `arguments` into the targets the declaration names; the last of an option given twice
  // wins. On a mistake prints it (see mistake) and returns false.
  bool parse(Arguments arguments) const;
  // Prints "agendad NAME: MESSAGE" and the usage (or where to find it) to stderr; returns 2, the
  // exit status of a wrong command line.
  int mistake(const std::string& message) const;

 private:
  std::string synopsis() const;
  std::optional<std::string> mistake_in(Arguments arguments) const;
  std::string required_missing(const std::string& option) const;

  const Usage& usage_;
  po::options_description options_;
  po::options_description words_;
  po::positional_options_description positions_;
};

}  // namespace agendad::cli
