#include "tests/svg/example_year.hpp"

#include <algorithm>
#include <stdexcept>
#include <tuple>

#include "feeds/pages/urls.hpp"
#include "feeds/svg/year_picture.hpp"
#include "planner/schedule/extraordinary.hpp"

namespace agendad::svg::testing {

Date as_of() { return *parse_iso_date("2025-03-05"); }

const sources::LoadedConfiguration& example() {
  static const sources::LoadedConfiguration loaded = [] {
    auto result = sources::load_configuration(AGENDAD_SOURCE_DIR "/config", as_of());
    if (!result) throw std::runtime_error("the example configuration does not load");
    auto proposals = propose_extraordinary(result->programme, result->calendar, as_of());
    if (!proposals) throw std::runtime_error("the scheduler fails on the example");
    auto& meetings = result->programme.meetings;
    for (auto& proposal : proposals->meetings) meetings.push_back(std::move(proposal.meeting));
    std::sort(meetings.begin(), meetings.end(), [](const Meeting& a, const Meeting& b) {
      return std::tie(a.date, a.start, a.id) < std::tie(b.date, b.start, b.id);
    });
    return std::move(*result);
  }();
  return loaded;
}

std::string example_picture(const std::string& committee) {
  const auto& loaded = example();
  auto picture = render_year_picture(loaded.programme, loaded.calendar,
                                     {.committee = committee, .year = *parse_municipal_year("2024/25"),
                                      .as_of = as_of(), .members = false,
                                      .from_path = pages::year_picture_path(committee)});
  if (!picture) throw std::runtime_error("no picture");
  return *picture;
}

}  // namespace agendad::svg::testing
