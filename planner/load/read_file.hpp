#pragma once
// Reading a file that a configuration names or is made of. Only a regular file is read: it is
// opened without blocking and checked with fstat before a byte is read, so that a FIFO or a device
// named by mistake or malice refuses at once instead of hanging a reload; and only up to a cap.
#include <cstddef>
#include <string>
#include <string_view>

#include "planner/model/diagnostic.hpp"

namespace agendad::planner {

// The file's bytes, or one error located at the file: "cannot open the calendar file: No such
// file or directory", "not a regular file (a FIFO)", "larger than 20 MB, the most agendad reads".
// `what` names the file in messages ("the calendar file").
Result<std::string> read_regular_file(const std::string& path, std::size_t max_bytes, std::string_view what);

}  // namespace agendad::planner
