#pragma once
// The third-party calendars beside the repository in ../shared/data/ics (GOV.UK's bank holidays,
// python-icalendar's test files), which are never copied in. The few tests that use them skip,
// saying why, when a clone has nothing beside it.
#include <filesystem>
#include <optional>
#include <string>

namespace agendad::test_support {

// The directory, when it is there.
inline std::optional<std::string> shared_ics_dir() {
  const std::string dir = AGENDAD_SHARED_DIR "/data/ics";
  std::error_code ignored;
  if (!std::filesystem::is_directory(dir, ignored)) return std::nullopt;
  return dir;
}

inline std::string no_shared_ics_dir() {
  return "the third-party calendars in " AGENDAD_SHARED_DIR
         "/data/ics are not beside this clone; this test reads them and is skipped";
}

}  // namespace agendad::test_support
