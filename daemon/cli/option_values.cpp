#include "daemon/cli/option_values.hpp"

namespace agendad::cli {

using planner::Date, planner::MunicipalYear, planner::parse_iso_date, planner::parse_municipal_year;

WrongValue::WrongValue(Refusal refusal, std::string value)
    : po::error_with_option_name("%canonical_option% refused " + value), refusal_(std::move(refusal)),
      value_(std::move(value)) {}

std::string WrongValue::message() const { return refusal_(get_option_name(), value_); }

Refusal expected(std::string what) {
  return [what = std::move(what)](std::string_view option, std::string_view value) {
    return invalid_value(option, value, what);
  };
}

namespace {

const Refusal not_a_date_refusal = [](std::string_view, std::string_view value) { return not_a_date(value); };

}  // namespace

Reading<Date>* date(Date* into) { return reading<Date>(into, "DATE", parse_iso_date, not_a_date_refusal); }

Reading<std::optional<Date>, Date>* date(std::optional<Date>* into) {
  return reading<std::optional<Date>, Date>(into, "DATE", parse_iso_date, not_a_date_refusal);
}

Reading<bool>* json_or_text(bool* json) {
  const auto parse = [](std::string_view value) -> std::optional<bool> {
    if (value == "json") return true;
    if (value == "text") return false;
    return std::nullopt;
  };
  return reading<bool>(json, "text|json", parse,
                       [](std::string_view, std::string_view value) { return unknown_format(value, "text or json"); });
}

Reading<std::optional<MunicipalYear>, MunicipalYear>* municipal_year(std::optional<MunicipalYear>* into) {
  const auto parse = [](std::string_view value) -> std::optional<MunicipalYear> {
    auto year = parse_municipal_year(value);
    return year ? std::optional(*year) : std::nullopt;
  };
  return reading<std::optional<MunicipalYear>, MunicipalYear>(
      into, "YYYY/YY", parse, [](std::string_view, std::string_view value) {
        return "\"" + std::string(value) + "\" is not a municipal year; expected one such as 2025/26";
      });
}

Reading<std::string>* http_url(std::string* into) {
  const auto parse = [](std::string_view value) -> std::optional<std::string> {
    if (value.starts_with("http://") || value.starts_with("https://")) return std::string(value);
    return std::nullopt;
  };
  return reading<std::string>(into, "URL", parse, expected("an http:// or https:// URL"));
}

Reading<unsigned>* threads(unsigned* into) {
  const auto parse = [](std::string_view text) -> std::optional<unsigned> {
    const auto threads = parse_number<unsigned>(text);
    if (!threads || *threads < 1 || *threads > 256) return std::nullopt;
    return threads;
  };
  return reading<unsigned>(into, "N", parse, expected("a number from 1 to 256"));
}

}  // namespace agendad::cli
