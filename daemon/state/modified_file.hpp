#pragma once
// When each served resource's bytes last changed ("modified" in the state directory, beside the
// calendars' "sequences"): its Last-Modified, so that a restart, which changes neither the bytes
// nor the ETag, does not change the Last-Modified either, and a client revalidating with
// If-Modified-Since alone is not sent everything again.
#include <chrono>
#include <filesystem>
#include <map>
#include <string>

#include "planner/model/diagnostic.hpp"

namespace agendad::state {

struct Modified {
  std::string etag;  // the representation's strong ETag when it was last seen
  std::chrono::sys_seconds at{};
  friend bool operator==(const Modified&, const Modified&) = default;
};

using ModifiedTimes = std::map<std::string, Modified>;  // by path; members' under "/members/..."

std::filesystem::path modified_times_path(const std::filesystem::path& state_dir);

struct LoadedModifiedTimes {
  ModifiedTimes times;
  planner::Diagnostics warnings;  // the file was corrupt: every resource counts as changed now
};

// A missing file is a first start: no times, no warning.
LoadedModifiedTimes load_modified_times(const std::filesystem::path& state_dir);
// Atomically (temporary file and rename); not fsynced: losing it in a crash costs clients one
// refetch each, not correctness.
planner::Result<std::filesystem::path> save_modified_times(const std::filesystem::path& state_dir,
                                                           const ModifiedTimes& times);

// The text of the file, one resource a line: "<seconds since 1970> <etag> <path>".
std::string serialise(const ModifiedTimes& times);
planner::Result<ModifiedTimes> parse_modified_times(std::string_view text);

}  // namespace agendad::state
