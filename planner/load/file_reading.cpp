#include "planner/load/file_reading.hpp"

#include <array>

#include "planner/load/prescan.hpp"
#include "planner/load/sections.hpp"

namespace agendad::planner {
namespace {

using namespace std::literals;
using load::Fields;
using load::Source;

// yaml-cpp's own words, kept, after a sentence a clerk can act on.
Diagnostic unreadable(const Source& source, const YAML::Exception& problem) {
  return load::make_diagnostic(Severity::error, source.at(problem.mark), "",
                               "the YAML cannot be read here: " + problem.msg +
                                   "; check the indentation and that every \"name: value\" has its colon", "",
                               "");
}

// The council's diagnostics are kept apart from the file's, since they count only when this is
// the first file to describe the council.
FileReading::CouncilPart read_council_part(const Source& source, const YAML::Node& node, load::Run& run) {
  FileReading::CouncilPart part;
  part.at = source.at(node);
  const auto before = run.diagnostics.size();
  load::read_council(source, node, part.council);
  part.diagnostics.assign(std::make_move_iterator(run.diagnostics.begin() + static_cast<std::ptrdiff_t>(before)),
                          std::make_move_iterator(run.diagnostics.end()));
  run.diagnostics.resize(before);
  return part;
}

void read_into(const Source& source, const std::string& text, FileReading& reading) {
  load::Run& run = reading.run;
  YAML::Node root;
  try {
    root = YAML::Load(text);
  } catch (const YAML::Exception& problem) {
    run.diagnostics.push_back(unreadable(source, problem));
    return;
  }
  if (root.IsNull()) {
    run.diagnostics.push_back(load::make_diagnostic(Severity::error, {source.path(), 0, 0}, "", "the file is empty",
                                                    "", "at least one of council, venues, bodies, committees"));
    return;
  }
  static constexpr std::array known{"council"sv, "venues"sv, "bodies"sv, "committees"sv};
  Fields top(source, root, "", known);
  if (!top.is_map()) return;
  try {
    if (auto council = top.value("council")) reading.council = read_council_part(source, *council, run);
    if (auto venues = top.value("venues")) load::read_venues(source, *venues, reading.part);
    if (auto bodies = top.value("bodies")) load::read_bodies(source, *bodies, reading.part);
    if (auto committees = top.value("committees")) load::read_committees(source, *committees, reading.part);
  } catch (const YAML::Exception& problem) {  // yaml-cpp's nodes throw on shapes we did not foresee
    run.diagnostics.push_back(unreadable(source, problem));
  }
}

}  // namespace

std::shared_ptr<const FileReading> read_file_alone(const SourceText& file) {
  auto reading = std::make_shared<FileReading>();
  reading->source = file;
  Source source(file.path, reading->run);
  auto text = load::prescan(file.path, file.text);
  if (!text)
    reading->run.diagnostics = std::move(text.error());
  else
    read_into(source, std::string(*text), *reading);
  return reading;
}

}  // namespace agendad::planner
