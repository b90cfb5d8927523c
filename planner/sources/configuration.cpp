#include "planner/sources/configuration.hpp"

#include "planner/load/read_config_directory.hpp"

namespace agendad::planner::sources {

Result<LoadedConfiguration> load_configuration(const std::string& dir, Date as_of, std::optional<YearSpan> also,
                                               const ReadingOptions& reading) {
  auto files = read_config_directory(dir);
  if (!files) return tl::unexpected(std::move(files.error()));
  auto loaded = assemble_programme(read_files(*files, reading));
  if (!loaded) return tl::unexpected(std::move(loaded.error()));
  YearSpan years = planning_years(loaded->programme, as_of);
  if (also) years = widened(years, *also);
  auto calendar = load_planning_calendar(loaded->programme, years);
  auto papers = load_papers(loaded->programme);
  if (!calendar || !papers) {
    Diagnostics problems = calendar ? Diagnostics{} : std::move(calendar.error());
    if (!papers) problems.insert(problems.end(), papers.error().begin(), papers.error().end());
    problems.insert(problems.end(), loaded->warnings.begin(), loaded->warnings.end());
    return tl::unexpected(std::move(problems));
  }
  LoadedConfiguration configuration{std::move(loaded->programme), std::move(calendar->calendar),
                                    std::move(loaded->warnings), std::move(*papers), std::move(loaded->readings)};
  configuration.warnings.insert(configuration.warnings.end(), calendar->warnings.begin(), calendar->warnings.end());
  return configuration;
}

}  // namespace agendad::planner::sources
