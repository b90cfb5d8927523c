#pragma once
// Last-Modified from the content: the time a resource's bytes last changed, not the time of the
// load, kept in the state directory beside the SEQUENCE numbers (or in memory without one), so
// that it stays the same across reloads and restarts for as long as the ETag does.
#include <chrono>

#include "daemon/site/snapshot.hpp"
#include "daemon/state/modified_file.hpp"

namespace agendad::site {

// Stamps every resource of `snapshot`: the remembered time where its ETag is the remembered one,
// `now` where it is new or changed. Returns the times to remember: those of this snapshot only.
state::ModifiedTimes stamp_last_modified(Snapshot& snapshot, const state::ModifiedTimes& remembered,
                                         std::chrono::sys_seconds now);

}  // namespace agendad::site
