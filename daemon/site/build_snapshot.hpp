#pragma once
// The SnapshotBuilder `agendad serve` uses: loads the configuration directory and renders every
// page and feed, public and members', into a Snapshot, on BuildInputs::threads threads. One build
// at a time (the reloader's worker): yaml-cpp and the kept state are not shared between builds.
#include <string>
#include <utility>
#include <vector>

#include "daemon/site/snapshot.hpp"

namespace agendad::site {

// Calendars' SEQUENCE numbers must only grow: with BuildInputs::state_dir they live in a file
// there (read and written at each build); without, in the returned builder, from one load to the
// next, starting afresh at each start as `agendad feed` does.
SnapshotBuilder snapshot_builder();

// One build, as a fresh daemon's first load makes it (for `agendad export` and the like).
planner::Result<Snapshot> build_snapshot(const BuildInputs& inputs);

// The digest of a configuration's files, names and contents, in the order given.
std::string config_hash(const std::vector<std::pair<std::string, std::string>>& files);

}  // namespace agendad::site
