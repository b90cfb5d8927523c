#include "tests/svg/example_year.hpp"

#include <stdexcept>

#include "feeds/urls/paths.hpp"
#include "feeds/svg/year_picture.hpp"
#include "planner/schedule/planned.hpp"

namespace agendad::svg::testing {

using planner::Date, planner::parse_iso_date, planner::parse_municipal_year;

Date as_of() { return *parse_iso_date("2025-03-05"); }

// The example as the daemon plans it (planner/schedule/planned.hpp): the extraordinary meeting
// proposed for the Kinship Local Offer is in the programme and planned onto.
const planner::sources::LoadedConfiguration& example() { return planned_example().loaded; }

const PlannedExample& planned_example() {
  static const PlannedExample example = [] {
    auto result = planner::sources::load_configuration(AGENDAD_SOURCE_DIR "/config", as_of());
    if (!result) throw std::runtime_error("the example configuration does not load");
    PlannedExample made{std::move(*result), {}};
    made.planned = plan_programme(made.loaded.programme, made.loaded.calendar, as_of());
    if (!made.planned.plan.problems.empty()) throw std::runtime_error("the scheduler fails on the example");
    made.loaded.programme = made.planned.programme;  // tests read the programme the picture shows
    return made;
  }();
  return example;
}

std::string example_picture(const std::string& committee) {
  const auto& example = planned_example();
  auto picture = render_year_picture(example.planned.programme, example.loaded.calendar, example.planned.plan,
                                     {.committee = committee, .year = *parse_municipal_year("2024/25"),
                                      .as_of = as_of(), .members = false,
                                      .from_path = urls::year_picture_path(committee)});
  if (!picture) throw std::runtime_error("no picture");
  return *picture;
}

}  // namespace agendad::svg::testing
