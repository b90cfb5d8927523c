#include "daemon/cli/mistakes.hpp"

namespace agendad::cli {

std::string needs_a_value(std::string_view option) { return std::string(option) + " needs a value"; }

std::string unknown_option(std::string_view argument) { return "unknown option " + std::string(argument); }

std::string unexpected_argument(std::string_view argument) {
  return argument.starts_with("--") ? unknown_option(argument) : "unexpected argument \"" + std::string(argument) + "\"";
}

std::string not_a_date(std::string_view value) {
  return "\"" + std::string(value) + "\" is not a date; expected YYYY-MM-DD";
}

std::string unknown_format(std::string_view value, std::string_view expected) {
  return "unknown format \"" + std::string(value) + "\"; expected " + std::string(expected);
}

std::string invalid_value(std::string_view option, std::string_view value, std::string_view expected) {
  return "\"" + std::string(value) + "\" is not a valid value for " + std::string(option) + "; expected " + std::string(expected);
}

}  // namespace agendad::cli
