#include "tests/pages/seed_programme.hpp"

#include <stdexcept>

#include "planner/load/load.hpp"

namespace agendad::testing {

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

}  // namespace agendad::testing
