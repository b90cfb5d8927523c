#pragma once
// The SnapshotBuilder `agendad serve` uses: loads the configuration directory and renders every
// page and feed, public and members', into a Snapshot. Runs on the reloader's worker thread.
#include "daemon/server/snapshot.hpp"

namespace agendad::server {

Result<Snapshot> build_snapshot(const BuildInputs& inputs);

// The digest of a configuration's files, names and contents, in the order given.
std::string config_hash(const std::vector<std::pair<std::string, std::string>>& files);

}  // namespace agendad::server
