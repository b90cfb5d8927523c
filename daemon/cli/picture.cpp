// `agendad picture`: the picture of a committee's municipal year (or every committee's), as SVG.
#include <iostream>
#include <optional>
#include <string>

#include "daemon/cli/common.hpp"
#include "feeds/urls/paths.hpp"
#include "feeds/svg/year_picture.hpp"
#include "planner/rules/public_view.hpp"

namespace agendad::cli {
namespace {

constexpr const char* usage =
    "Usage: agendad picture [--config DIR] [--as-of DATE] [--year 2024/25] COMMITTEE\n\n"
    "Prints the picture of COMMITTEE's municipal year as SVG (with COMMITTEE \"all\", every\n"
    "committee, one lane each): its meetings and their loads, the papers' dates, deadlines, bank\n"
    "holidays, blackout windows, the planner's flags and the items awaiting a date. The same bytes\n"
    "the daemon serves at /year/COMMITTEE.svg; its links are relative to that address.\n\n"
    "  --config DIR   the configuration directory (default: config)\n"
    "  --as-of DATE   as the programme stood on DATE (default: today in Europe/London)\n"
    "  --year Y       the municipal year, as 2024/25 (default: the committee's municipal_year,\n"
    "                 else the year DATE falls in)\n\n"
    "Exit status: 0 printed; 1 the configuration has errors, or no such committee;\n"
    "2 the command line is wrong.\n";

int usage_error(const std::string& message) { return cli::usage_error("picture", usage, message); }

int run(Arguments arguments) {
  std::string config = "config";
  std::optional<Date> as_of;
  std::optional<MunicipalYear> year;
  std::vector<std::string_view> positional;
  for (std::size_t i = 0; i < arguments.size(); ++i) {
    const std::string_view argument = arguments[i];
    if (argument == "--config" || argument == "--as-of" || argument == "--year") {
      const auto value = option_value(arguments, i);
      if (!value) return usage_error(needs_a_value(argument));
      if (argument == "--config") {
        config = *value;
      } else if (argument == "--as-of") {
        if (!(as_of = parse_iso_date(*value))) return usage_error(not_a_date(*value));
      } else if (auto parsed = parse_municipal_year(*value)) {
        year = *parsed;
      } else {
        return usage_error(invalid_value(argument, *value, "a municipal year, as 2024/25"));
      }
    } else if (argument.starts_with("--")) {
      return usage_error(unknown_option(argument));
    } else {
      positional.push_back(argument);
    }
  }
  if (positional.size() != 1) return usage_error("expected one COMMITTEE (or all)");
  const std::string committee(positional[0]);
  const Date date = as_of.value_or(today_in_london());
  std::optional<sources::YearSpan> also;
  if (year) also = sources::YearSpan{static_cast<int>(year->first.year()), static_cast<int>(year->last.year())};
  auto loaded = load_config_or_report(config, date, also);
  if (!loaded) return 1;
  // The picture is public: made from the public's programme (planner/rules/public_view.hpp).
  loaded->programme = public_programme(loaded->programme);
  const PlannedProgramme planned = plan_and_report(*loaded, date);  // as the daemon plans
  const auto picture = svg::render_year_picture(
      planned.programme, loaded->calendar, planned.plan,
      {.committee = committee, .year = year, .as_of = date, .members = false,
       .from_path = urls::year_picture_path(committee)});
  if (!picture) {
    std::cerr << "agendad picture: no committee called \"" << committee << "\"\n";
    return 1;
  }
  std::cout << *picture;
  std::cout.flush();
  return std::cout.good() ? 0 : 1;
}

const bool registered =
    register_command({"picture", "prints the picture of a committee's year as SVG (or all)", usage, run});

}  // namespace
}  // namespace agendad::cli
