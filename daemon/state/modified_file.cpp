#include "daemon/state/modified_file.hpp"

#include <charconv>

#include "daemon/state/state_file.hpp"
#include "daemon/state/write_atomically.hpp"

namespace agendad::state {

using planner::Diagnostic, planner::Diagnostics, planner::Result, planner::Severity;

namespace {

Diagnostic problem(Severity severity, const std::filesystem::path& where, std::string message) {
  return Diagnostic{severity, {where.string(), 0, 0}, "", std::move(message), "", ""};
}

// "<seconds> <etag> <path>": the ETag is quoted and has no space; the path starts with '/'.
bool parse_line(std::string_view line, ModifiedTimes& times) {
  const auto first = line.find(' ');
  const auto second = first == std::string_view::npos ? first : line.find(' ', first + 1);
  if (second == std::string_view::npos) return false;
  std::int64_t seconds = 0;
  const auto [end, error] = std::from_chars(line.data(), line.data() + first, seconds);
  if (error != std::errc{} || end != line.data() + first) return false;
  const auto etag = line.substr(first + 1, second - first - 1);
  const auto path = line.substr(second + 1);
  if (etag.size() < 2 || etag.front() != '"' || etag.back() != '"' || !path.starts_with('/')) return false;
  times[std::string(path)] = Modified{std::string(etag), std::chrono::sys_seconds(std::chrono::seconds(seconds))};
  return true;
}

}  // namespace

std::filesystem::path modified_times_path(const std::filesystem::path& state_dir) { return state_dir / "modified"; }

std::string serialise(const ModifiedTimes& times) {
  std::string text;
  for (const auto& [path, modified] : times)
    text += std::to_string(modified.at.time_since_epoch().count()) + " " + modified.etag + " " + path + "\n";
  return text;
}

Result<ModifiedTimes> parse_modified_times(std::string_view text) {
  ModifiedTimes times;
  while (!text.empty()) {
    const auto end = text.find('\n');
    if (end == std::string_view::npos || !parse_line(text.substr(0, end), times))
      return tl::unexpected(Diagnostics{problem(Severity::warning, {}, "a line is not \"<seconds> <etag> <path>\"")});
    text.remove_prefix(end + 1);
  }
  return times;
}

LoadedModifiedTimes load_modified_times(const std::filesystem::path& state_dir) {
  const auto file = modified_times_path(state_dir);
  const auto read = read_state_file(file);
  if (!read.text && read.problem.empty()) return {};
  if (!read.text)
    return {{}, {problem(Severity::warning, file,
                         "the Last-Modified times " + read.problem + "; every resource counts as changed now")}};
  auto times = parse_modified_times(*read.text);
  if (!times)
    return {{}, {problem(Severity::warning, file, "the Last-Modified times are corrupt; every resource counts as changed now")}};
  return {std::move(*times), {}};
}

Result<std::filesystem::path> save_modified_times(const std::filesystem::path& state_dir, const ModifiedTimes& times) {
  const auto file = modified_times_path(state_dir);
  std::error_code ec;
  std::filesystem::create_directories(state_dir, ec);
  if (ec) return tl::unexpected(Diagnostics{problem(Severity::error, state_dir, "cannot create the state directory: " + ec.message())});
  if (auto saved = write_atomically(file, serialise(times)); !saved)
    return tl::unexpected(Diagnostics{problem(Severity::error, file, "cannot save the Last-Modified times: " + saved.error())});
  return file;
}

}  // namespace agendad::state
