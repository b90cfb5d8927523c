#pragma once
// The messages of the usual mistakes on a command line, so that every command words them alike.
#include <string>
#include <string_view>

namespace agendad::cli {

std::string needs_a_value(std::string_view option);
std::string unknown_option(std::string_view argument);
std::string unexpected_argument(std::string_view argument);  // an unknown option, or a stray word
std::string not_a_date(std::string_view value);
std::string unknown_format(std::string_view value, std::string_view expected);
std::string invalid_value(std::string_view option, std::string_view value, std::string_view expected);

}  // namespace agendad::cli
