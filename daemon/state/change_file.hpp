#pragma once
// The changes feed's log in the state directory ("changes", beside the calendars' "sequences"):
// read at each build, written whole (temporary file, fsync, rename) when a load changed it.
#include <filesystem>

#include "feeds/changes/change_log.hpp"
#include "planner/model/diagnostic.hpp"

namespace agendad::state {

std::filesystem::path change_log_path(const std::filesystem::path& state_dir);

struct LoadedChangeLog {
  changes::ChangeLog log;
  planner::Diagnostics warnings;  // the file was corrupt, and a new log begins
};

// A missing file is a first start: an empty log, no warning. A corrupt one starts a new log with a
// warning (the next load records the facts; changes resume from the one after).
LoadedChangeLog load_change_log(const std::filesystem::path& state_dir);
planner::Result<std::filesystem::path> save_change_log(const std::filesystem::path& state_dir,
                                                       const changes::ChangeLog& log);

}  // namespace agendad::state
