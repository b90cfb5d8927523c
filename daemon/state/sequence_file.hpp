#pragma once
// The SEQUENCE state on disk (feeds/ical/sequence_state.hpp says what it holds and why): read at
// every load, written atomically and durably when it changed.
#include <filesystem>

#include "feeds/ical/sequence_state.hpp"
#include "planner/model/diagnostic.hpp"

namespace agendad::state {

using ical::Seconds;
using ical::SequenceState;

struct LoadedState {
  SequenceState state;
  planner::Diagnostics warnings;  // the file was missing or corrupt, and the state rebuilt
};

// The state file, "sequences" in `state_dir`.
std::filesystem::path sequence_state_path(const std::filesystem::path& state_dir);
LoadedState load_sequence_state(const std::filesystem::path& state_dir, Seconds now);
// Atomically and durably (write_atomically with sync): a reader never sees half a state.
planner::Result<std::filesystem::path> save_sequence_state(const std::filesystem::path& state_dir,
                                                           const SequenceState& state);

}  // namespace agendad::state
