#include "daemon/state/change_file.hpp"


#include "daemon/state/state_file.hpp"
#include "daemon/state/write_atomically.hpp"

namespace agendad::state {

using planner::Diagnostic, planner::Diagnostics, planner::Result, planner::Severity;

namespace {

Diagnostic problem(Severity severity, const std::filesystem::path& where, std::string message) {
  return Diagnostic{severity, {where.string(), 0, 0}, "", std::move(message), "", ""};
}

}  // namespace

std::filesystem::path change_log_path(const std::filesystem::path& state_dir) { return state_dir / "changes"; }

LoadedChangeLog load_change_log(const std::filesystem::path& state_dir) {
  const auto file = change_log_path(state_dir);
  const auto read = read_state_file(file);
  if (!read.text && read.problem.empty()) return {};
  auto log = read.text ? changes::parse_change_log(*read.text) : std::nullopt;
  if (!log)
    return {{}, {problem(Severity::warning, file,
                         (read.text ? "the change log is corrupt" : "the change log " + read.problem) +
                             "; the changes feed starts again from this load")}};
  return {std::move(*log), {}};
}

Result<std::filesystem::path> save_change_log(const std::filesystem::path& state_dir, const changes::ChangeLog& log) {
  const auto file = change_log_path(state_dir);
  std::error_code ec;
  std::filesystem::create_directories(state_dir, ec);
  if (ec) return tl::unexpected(Diagnostics{problem(Severity::error, state_dir, "cannot create the state directory: " + ec.message())});
  if (auto saved = write_atomically(file, changes::serialise(log), {.sync = true}); !saved)
    return tl::unexpected(Diagnostics{problem(Severity::error, file, "cannot save the change log: " + saved.error())});
  remove_abandoned_temporaries(state_dir);
  return file;
}

}  // namespace agendad::state
