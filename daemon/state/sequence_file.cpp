#include "daemon/state/sequence_file.hpp"


#include "daemon/state/state_file.hpp"
#include "daemon/state/write_atomically.hpp"

namespace agendad::state {

using planner::Diagnostic, planner::Diagnostics, planner::Result, planner::Severity;

namespace {

Diagnostic state_warning(const std::filesystem::path& file, std::string message) {
  return Diagnostic{Severity::warning, {file.string(), 0, 0}, "", std::move(message), "", ""};
}

}  // namespace

std::filesystem::path sequence_state_path(const std::filesystem::path& state_dir) { return state_dir / "sequences"; }

LoadedState load_sequence_state(const std::filesystem::path& state_dir, Seconds now) {
  std::filesystem::path file = sequence_state_path(state_dir);
  auto rebuilt = [&](const std::string& why) {
    return LoadedState{
        SequenceState{ical::rebuild_floor(now), {}},
        {state_warning(file, why + "; calendar sequence numbers are rebuilt from " +
                                 std::to_string(ical::rebuild_floor(now)) + ", above any a subscriber has seen")}};
  };
  const auto read = read_state_file(file);
  if (!read.text && read.problem.empty()) return rebuilt("no sequence state file (a first start, or it was lost)");
  if (!read.text) return rebuilt("the sequence state file " + read.problem);
  auto state = ical::parse_sequence_state(*read.text);
  if (!state) return rebuilt("the sequence state file is corrupt");
  return LoadedState{std::move(*state), {}};
}

Result<std::filesystem::path> save_sequence_state(const std::filesystem::path& state_dir, const SequenceState& state) {
  std::filesystem::path file = sequence_state_path(state_dir);
  auto fail = [&](const std::filesystem::path& where, std::string message) {
    return tl::unexpected(
        Diagnostics{Diagnostic{Severity::error, {where.string(), 0, 0}, "", std::move(message), "", ""}});
  };
  std::error_code ec;
  std::filesystem::create_directories(state_dir, ec);
  if (ec) return fail(state_dir, "cannot create the state directory: " + ec.message());
  if (auto saved = write_atomically(file, ical::serialise(state), {.sync = true}); !saved)
    return fail(file, "cannot save the sequence state: " + saved.error());
  // What a daemon killed while saving left behind.
  remove_abandoned_temporaries(state_dir);
  return file;
}

}  // namespace agendad::state
