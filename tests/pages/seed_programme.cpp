#include "tests/pages/seed_programme.hpp"
#include "planner/model/find_meeting.hpp"

#include <stdexcept>

#include "planner/load/load_programme.hpp"
#include "planner/load/read_config_directory.hpp"

namespace agendad::testing {

using planner::PlanningCalendar, planner::Programme, planner::add_days, planner::parse_iso_date,
    planner::read_config_directory;

const Programme& seed_programme() {
  static const Programme programme = [] {
    auto files = read_config_directory(AGENDAD_SOURCE_DIR "/config");
    if (!files) throw std::runtime_error(format_line(files.error().front()));
    auto loaded = load_programme(*files);
    if (!loaded) throw std::runtime_error(format_line(loaded.error().front()));
    return *loaded;
  }();
  return programme;
}

std::string seed_agenda(std::string_view date, urls::AgendaFormat format) {
  const Programme& programme = seed_programme();
  auto meeting = find_meeting(programme, "ilsc", *parse_iso_date(date));
  if (!meeting) throw std::runtime_error("no meeting of ilsc on " + std::string(date));
  // As of the day after the meeting: the agenda as it went out, nothing proposed, not a draft.
  return pages::render_agenda(programme, plan(programme, PlanningCalendar{}, add_days((*meeting)->date, 1)), **meeting, format,
                              {.base_url = "https://agendad.example.org", .members = false});
}

}  // namespace agendad::testing
