#pragma once
// What `agendad export` gives nginx beside the files: `map` blocks with the daemon's ETags and
// Cache-Control, included at http level by deploy/nginx-agendad.conf. Values in, text out.
#include <string>
#include <vector>

namespace agendad::reports {

struct ExportedFile {
  std::string file;  // relative to the export: "index.html" for "/", "calendars/ilsc.ics"
  std::string etag;
  bool gzipped = false;   // written beside it as FILE.gz
  std::string gzip_etag;  // the tag of the .gz
  int max_age = 300;
};

// The blocks for `files`, in the order given (the export's: by file).
std::string etag_map(const std::vector<ExportedFile>& files);

}  // namespace agendad::reports
