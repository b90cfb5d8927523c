#pragma once
// A build's renders as a list of jobs, run on as many threads as the daemon is given. Every job
// is a function of the load's immutable values (programme, plan, calendar, the feeds' state), so
// the order jobs run in cannot change a byte; the snapshot is filled in the jobs' order.
#include <chrono>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "daemon/site/encodings.hpp"
#include "daemon/site/snapshot.hpp"
#include "planner/model/diagnostic.hpp"

namespace agendad::site {

// What a job renders: a body for each of its outputs (an absent one is not served).
using Bodies = std::vector<std::optional<SharedBytes>>;

// Where one body is served and how.
struct Output {
  std::string path;
  std::string content_type;
  int max_age = 300;
};

struct RenderJob {
  bool members = false;
  // The committee whose pages these are; empty for the views of every committee (the index,
  // the flags, all.ics, the year of every committee, the changes feeds), made at every build.
  std::string committee;
  std::vector<Output> outputs;  // the bodies render() returns, one for each, in order; an absent
                                // body is not served (a year picture of a year without meetings)
  // A library that is not to be used from two threads at once (libical) is used under its lock:
  // jobs holding the same lock run one at a time.
  std::mutex* serialised_by = nullptr;
  std::function<planner::Result<Bodies>()> render;
};

// Runs `jobs` on `threads` threads (1: on the caller's alone) and adds their resources to
// `snapshot`, their bodies encoded through `encodings` (reused where a body is unchanged). Every
// failure is returned, in the jobs' order; a job's exception is its failure, not the build's end.
// The key an output's encoding is kept under (encodings.hpp): members' paths apart from the public's.
std::string encoding_key(bool members, const std::string& path);

planner::Diagnostics run_render_jobs(const std::vector<RenderJob>& jobs, unsigned threads, Encodings& encodings,
                                     std::chrono::sys_seconds now, Snapshot& snapshot);

}  // namespace agendad::site
