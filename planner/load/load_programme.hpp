#pragma once
// Reading the configuration a governance advisor edits by hand (config/*.yaml, described in
// config/SCHEMA.md) into a Programme, strictly: every problem of a run is reported at once, each
// with its file, line, column and field, and hostile files are refused rather than parsed.
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "planner/model/diagnostic.hpp"
#include "planner/model/programme.hpp"

namespace agendad::planner {

// One configuration file's text and the path it is named by in messages. Relative paths inside it
// (bank_holidays, a body's calendar) are resolved against the directory of `path`.
struct SourceText {
  std::string path;
  std::string text;
};

// No real configuration comes near this; anything larger is refused before it is parsed.
inline constexpr std::size_t max_config_file_bytes = 10 * 1024 * 1024;

// Pure: no file is read. On failure, every error and warning of the run, in order of file (as
// given) and place. On success the warnings are dropped; load_programme_with_warnings keeps them.
Result<Programme> load_programme(const std::vector<SourceText>& files);

// Each file read on its own (file_reading.hpp), shared and never changed once read.
struct FileReading;
using FileReadings = std::vector<std::shared_ptr<const FileReading>>;
// The file a reading was read from: its path and text.
const SourceText& source_of(const FileReading& reading);

struct LoadedProgramme {
  Programme programme;
  Diagnostics warnings;
  FileReadings readings;  // for the next load's read_files
};
Result<LoadedProgramme> load_programme_with_warnings(const std::vector<SourceText>& files);

// How the files are read: the last load's readings, and how many threads read the rest side by side.
struct ReadingOptions {
  FileReadings earlier;
  unsigned threads = 1;
};

// The readings of `files`, in their order: one of `options.earlier` with the same path and text is
// taken as it is (a reading is a pure function of them), the rest are read. The same readings on
// any number of threads.
FileReadings read_files(const std::vector<SourceText>& files, const ReadingOptions& options = {});
// The programme the readings make together, checked across files: load_programme_with_warnings
// is this of read_files.
Result<LoadedProgramme> assemble_programme(FileReadings readings);

}  // namespace agendad::planner
