// `papers:` of an item or of a meeting's standing document: the PDF files that make its part of
// the agenda pack. Each path keeps where it is written, so that a missing or damaged file is
// reported at that line, not at the item.
#include "planner/load/sections.hpp"

namespace agendad::planner::load {

std::vector<NamedFile> read_papers(const Source& source, const YAML::Node& node, const std::string& field) {
  std::vector<NamedFile> papers;
  auto one = [&](const YAML::Node& entry, const std::string& path) {
    auto written = read_text(source, entry, path);
    if (!written) return;
    if (written->empty()) {
      source.error(entry, path, "is empty", "''", "the path of a PDF file, relative to this file");
      return;
    }
    papers.push_back(NamedFile{source.resolve(*written), source.at(entry), path});
  };
  if (node.IsSequence()) {
    for (std::size_t i = 0; i < node.size(); ++i) one(node[i], nth(field, i));
    if (node.size() == 0)
      source.error(node, field, "names no paper", "[]", "one or more PDF files, or no papers: key at all");
  } else {
    one(node, field);  // one paper may be written without the brackets
  }
  return papers;
}

}  // namespace agendad::planner::load
