#pragma once
// The PDF papers a configuration names (items' `papers:`, meetings' `papers:`), read and opened
// once per load, as calendars are: a problem is an error at the YAML key that names the file, so
// that `check` refuses what `pack` could not assemble.
#include <map>
#include <string>

#include "planner/model/diagnostic.hpp"
#include "planner/model/programme.hpp"

namespace agendad::planner::sources {

struct PaperPdf {
  std::string bytes;
  int pages = 0;
  friend bool operator==(const PaperPdf&, const PaperPdf&) = default;
};

// By resolved path (NamedFile::path).
using PaperFiles = std::map<std::string, PaperPdf>;

// Reads and opens every paper named in `programme`, and sets the page counts the papers give:
// Item::pages and Meeting::document_pages. A typed count that disagrees with the files is an
// error, as is any file that is missing, not regular, too large, encrypted or damaged.
Result<PaperFiles> load_papers(Programme& programme);

}  // namespace agendad::planner::sources
