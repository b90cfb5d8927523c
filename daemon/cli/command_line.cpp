#include "daemon/cli/command_line.hpp"

#include <iostream>
#include <set>
#include <sstream>
#include <vector>

#include "daemon/cli/mistakes.hpp"
#include "daemon/cli/option_values.hpp"

namespace agendad::cli {
namespace {

namespace style = po::command_line_style;

// Long options, each taking its value as the next word or after "=". No abbreviations: a prefix
// of an option is refused as unknown, as it always was, so adding an option never changes what an
// old command line means. No command has a short option, so any "-x" is refused as unknown.
constexpr int options_style = style::allow_long | style::long_allow_adjacent | style::long_allow_next |
                              style::allow_short | style::allow_dash_for_short | style::short_allow_next;

// Where the words beyond the command's own go, to be named in the mistake.
constexpr const char* unexpected = "unexpected words";

// The last of an option given twice wins, as it always did: a script's or a unit's defaults give
// way to the options its caller adds after them (scripts/serve, $AGENDAD_SERVE_OPTIONS), where
// Program_options would refuse the second.
void keep_the_last(po::parsed_options& parsed) {
  std::set<std::string> later;
  std::vector<po::option> kept;
  for (auto option = parsed.options.rbegin(); option != parsed.options.rend(); ++option)
    if (option->position_key != -1 || later.insert(option->string_key).second) kept.push_back(*option);
  parsed.options.assign(kept.rbegin(), kept.rend());
}

// Program_options' table, its lines' trailing spaces trimmed.
std::string table(const po::options_description& options) {
  std::ostringstream printed;
  printed << options;
  std::istringstream lines(printed.str());
  std::string text;
  for (std::string line; std::getline(lines, line);) text += line.substr(0, line.find_last_not_of(' ') + 1) + "\n";
  return text;
}

// "[--config DIR]", "--year YYYY/YY" when required, "COMMITTEE".
std::string synopsis_word(const po::option_description& option, bool positional) {
  const std::string parameter = option.format_parameter();
  std::string word = positional ? parameter : "--" + option.long_name() + (parameter.empty() ? "" : " " + parameter);
  return option.semantic()->is_required() ? word : "[" + word + "]";
}

}  // namespace

CommandLine::CommandLine(const Usage& usage) : usage_(usage) {}

CommandLine& CommandLine::add_word(const char* key, const po::value_semantic* value) {
  words_.add_options()(key, value);
  positions_.add(key, 1);
  return *this;
}

std::string CommandLine::synopsis() const {
  std::vector<std::string> words;
  for (const auto& option : options_.options()) words.push_back(synopsis_word(*option, false));
  for (unsigned i = 0; i < positions_.max_total_count(); ++i)
    words.push_back(synopsis_word(words_.find(positions_.name_for_position(i), false), true));
  // Wrapped at 80 columns like the table, continued under the first option.
  const std::string opening = "Usage: agendad " + std::string(usage_.name);
  std::string text = opening;
  std::size_t column = text.size();
  for (const std::string& word : words) {
    if (column + 1 + word.size() > 80) {
      text += "\n" + std::string(opening.size(), ' ');
      column = opening.size();
    }
    text += " " + word;
    column += 1 + word.size();
  }
  return text + "\n";
}

std::string CommandLine::help() const {
  return synopsis() + "\n" + usage_.description + "\n" + table(options_) + "\n" + usage_.exit_status;
}

int CommandLine::mistake(const std::string& message) const {
  std::cerr << "agendad " << usage_.name << ": " << message << "\n"
            << (usage_.usage_after_mistake ? help()
                                           : "Run `agendad " + std::string(usage_.name) + " --help` for its usage.\n");
  return 2;
}

bool CommandLine::parse(Arguments arguments) const {
  if (const auto message = mistake_in(arguments)) {
    mistake(*message);
    return false;
  }
  return true;
}

// "--out DIR is required"; for a positional word, the command's words for what it expects.
std::string CommandLine::required_missing(const std::string& option) const {
  const auto dashes = option.find_first_not_of('-');
  const auto* declared = options_.find_nothrow(dashes == std::string::npos ? option : option.substr(dashes), false);
  if (!declared) return usage_.wrong_words;
  return option + " " + declared->format_parameter() + " is required";
}

std::optional<std::string> CommandLine::mistake_in(Arguments arguments) const {
  po::options_description all;
  all.add(options_).add(words_);
  all.add_options()(unexpected, po::value<std::vector<std::string>>());  // never stored: see below
  po::positional_options_description positions = positions_;
  positions.add(unexpected, -1);
  try {
    po::parsed_options parsed = po::command_line_parser(std::vector<std::string>(arguments.begin(), arguments.end()))
                                    .options(all).positional(positions).style(options_style).run();
    // Too many words is told before anything is wrong with any of them.
    for (const po::option& option : parsed.options)
      if (option.string_key == unexpected)
        return positions_.max_total_count() > 0 ? usage_.wrong_words : unexpected_argument(option.value.front());
    keep_the_last(parsed);
    po::variables_map values;
    po::store(parsed, values);
    po::notify(values);
  } catch (const WrongValue& wrong) {
    return wrong.message();
  } catch (const po::unknown_option& unknown) {
    return unknown_option(unknown.get_option_name());
  } catch (const po::invalid_command_line_syntax& syntax) {
    if (syntax.kind() == po::invalid_syntax::missing_parameter) return needs_a_value(syntax.get_option_name());
    return syntax.what();
  } catch (const po::required_option& missing) {
    return required_missing(missing.get_option_name());
  } catch (const po::error& other) {  // in Program_options' own words
    return other.what();
  }
  return std::nullopt;
}

}  // namespace agendad::cli
