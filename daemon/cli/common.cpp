#include "daemon/cli/common.hpp"

#include <chrono>
#include <iostream>

namespace agendad::cli {

int usage_error(std::string_view command, std::string_view usage, const std::string& message) {
  std::cerr << "agendad " << command << ": " << message << "\n" << usage;
  return 2;
}

void print_diagnostics(const Diagnostics& diagnostics) {
  for (const Diagnostic& diagnostic : diagnostics) std::cerr << format_line(diagnostic) << "\n";
}

std::optional<sources::LoadedConfiguration> load_config_or_report(const std::string& dir, Date as_of,
                                                                  std::optional<sources::YearSpan> also) {
  auto loaded = sources::load_configuration(dir, as_of, also);
  if (!loaded) {
    print_diagnostics(loaded.error());
    return std::nullopt;
  }
  return std::move(*loaded);
}

PlannedProgramme plan_and_report(sources::LoadedConfiguration& loaded, Date as_of) {
  PlannedProgramme planned = plan_programme(std::move(loaded.programme), loaded.calendar, as_of);
  print_diagnostics(planned.plan.problems);
  return planned;
}

std::optional<std::string_view> option_value(Arguments arguments, std::size_t& i) {
  if (i + 1 == arguments.size()) return std::nullopt;
  return arguments[++i];
}

std::optional<bool> parse_json_or_text(std::string_view value) {
  if (value == "json") return true;
  if (value == "text") return false;
  return std::nullopt;
}

bool is_planning_option(std::string_view option) {
  return option == "--config" || option == "--as-of" || option == "--format";
}

std::optional<std::string> set_planning_option(PlanningOptions& options, std::string_view option, std::string_view value) {
  if (option == "--config") {
    options.config = value;
  } else if (option == "--as-of") {
    options.as_of = parse_iso_date(value);
    if (!options.as_of) return not_a_date(value);
  } else if (auto json = parse_json_or_text(value)) {
    options.json = *json;
  } else {
    return unknown_format(value, "text or json");
  }
  return std::nullopt;
}

bool is_build_option(std::string_view option) {
  return option == "--config" || option == "--state" || option == "--as-of" || option == "--base-url";
}

std::optional<std::string> set_build_option(site::BuildInputs& inputs, std::string_view option, std::string_view value) {
  if (option == "--config") {
    inputs.config_dir = std::string(value);
  } else if (option == "--state") {
    inputs.state_dir = std::string(value);
  } else if (option == "--as-of") {
    inputs.as_of = parse_iso_date(value);
    if (!inputs.as_of) return not_a_date(value);
  } else if (value.starts_with("http://") || value.starts_with("https://")) {
    inputs.base_url = value;
  } else {
    return invalid_value(option, value, "an http:// or https:// URL");
  }
  return std::nullopt;
}

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
