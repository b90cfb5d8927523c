#pragma once
// One configuration file read on its own, before the checks that need every file: a pure function
// of the file's path and text. A reload reads again only the files whose text changed and takes
// the others' readings as they were (load_programme.hpp assembles them, in file order).
#include <memory>
#include <optional>

#include "planner/load/load_programme.hpp"
#include "planner/load/reader.hpp"

namespace agendad::planner {

struct FileReading {
  SourceText source;
  // The file's `council:`, read apart from the rest: only the first file's counts; a later one's
  // reading (and what it found) is set aside, and the council reported as described twice.
  struct CouncilPart {
    Council council;
    SourceLocation at;         // the `council:` value, where the council has no location of its own
    Diagnostics diagnostics;   // what reading it found
  };
  std::optional<CouncilPart> council;
  Programme part;  // the file's venues, bodies, committees, meetings, items and actions (no council)
  load::Run run;   // everything else the file alone shows, and the checks it queues for later
};

std::shared_ptr<const FileReading> read_file_alone(const SourceText& file);

}  // namespace agendad::planner
