#pragma once
// Reading one of the daemon's own state files (the SEQUENCE numbers, the change log, the
// Last-Modified times). They are read as the configuration is: only a regular file, opened
// without blocking, up to a cap, so that a FIFO or a device left in the state directory makes the
// state count as lost (with a warning) instead of hanging a reload.
#include <filesystem>
#include <optional>
#include <string>

namespace agendad::state {

struct StateFileText {
  std::optional<std::string> text;  // absent: no such file, or `problem` says why it cannot be read
  std::string problem;              // empty when the file was read or there is none
};

StateFileText read_state_file(const std::filesystem::path& file);

}  // namespace agendad::state
