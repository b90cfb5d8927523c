// `agendad picture`: the picture of a committee's municipal year (or every committee's), as SVG.
#include <iostream>
#include <optional>
#include <string>

#include "daemon/cli/common.hpp"
#include "feeds/urls/paths.hpp"
#include "feeds/svg/year_picture.hpp"
#include "planner/rules/public_view.hpp"

namespace agendad::cli {

using planner::Date, planner::MunicipalYear, planner::PlannedProgramme;

namespace {

constexpr Usage usage{
    .name = "picture",
    .description =
        "Prints the picture of COMMITTEE's municipal year as SVG (with COMMITTEE \"all\", every\n"
        "committee, one lane each): its meetings and their loads, the papers' dates, deadlines, bank\n"
        "holidays, blackout windows, the planner's flags and the items awaiting a date. The same bytes\n"
        "the daemon serves at /year/COMMITTEE.svg; its links are relative to that address.\n",
    .exit_status = "Exit status: 0 printed; 1 the configuration has errors, or no such committee;\n"
                   "2 the command line is wrong.\n",
    .wrong_words = "expected one COMMITTEE (or all)"};

struct Options {
  std::string config = "config";
  std::optional<Date> as_of;
  std::optional<MunicipalYear> year;
  std::string committee;
};

CommandLine command_line(Options& options) {
  CommandLine line(usage);
  line.add_options()
      ("config", word(&options.config, "DIR"), "the configuration directory (default: config)")
      ("as-of", date(&options.as_of), "as the programme stood on DATE (default: today in Europe/London)")
      ("year", municipal_year(&options.year),
       "the municipal year, as 2024/25 (default: the committee's municipal_year, else the year DATE falls in)");
  line.add_word("committee", word(&options.committee, "COMMITTEE")->required());
  return line;
}

std::string help() {
  Options unused;
  return command_line(unused).help();
}

int run(Arguments arguments) {
  Options options;
  if (!command_line(options).parse(arguments)) return 2;
  const Date date = options.as_of.value_or(today_in_london());
  const std::optional<MunicipalYear>& year = options.year;
  std::optional<planner::sources::YearSpan> also;
  if (year)
    also = planner::sources::YearSpan{static_cast<int>(year->first.year()), static_cast<int>(year->last.year())};
  auto loaded = load_config_or_report(options.config, date, also);
  if (!loaded) return 1;
  // The picture is public: made from the public's programme (planner/rules/public_view.hpp).
  loaded->programme = public_programme(loaded->programme);
  const PlannedProgramme planned = plan_and_report(*loaded, date);  // as the daemon plans
  const auto picture = svg::render_year_picture(
      planned.programme, loaded->calendar, planned.plan,
      {.committee = options.committee, .year = year, .as_of = date, .members = false,
       .from_path = urls::year_picture_path(options.committee)});
  if (!picture) {
    std::cerr << "agendad picture: no committee called \"" << options.committee << "\"\n";
    return 1;
  }
  std::cout << *picture;
  std::cout.flush();
  return std::cout.good() ? 0 : 1;
}

const bool registered =
    register_command({"picture", "prints the picture of a committee's year as SVG (or all)", help, run});

}  // namespace
}  // namespace agendad::cli
