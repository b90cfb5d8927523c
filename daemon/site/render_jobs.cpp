#include "daemon/site/render_jobs.hpp"

#include <atomic>
#include <exception>
#include <optional>
#include <thread>

namespace agendad::site {

using planner::Diagnostic, planner::Diagnostics, planner::Result, planner::Severity;

namespace {

Result<Bodies> run_one(const RenderJob& job) {
  try {
    if (!job.serialised_by) return job.render();
    const std::lock_guard lock(*job.serialised_by);
    return job.render();
  } catch (const std::exception& e) {
    // A renderer's exception fails this build, as a renderer's error does; the last good
    // snapshot stays served.
    return tl::unexpected(Diagnostics{Diagnostic{Severity::error, {}, job.outputs.front().path,
                                                 std::string("rendering failed: ") + e.what(), "", ""}});
  }
}

struct Done {
  std::optional<Result<Bodies>> bodies;
  std::vector<std::optional<Resource>> resources;  // one per output, when bodies succeeded
};

void finish(const RenderJob& job, Done& done, Encodings& encodings, std::chrono::sys_seconds now) {
  done.bodies = run_one(job);
  if (!*done.bodies) return;
  Bodies& bodies = **done.bodies;
  if (bodies.size() != job.outputs.size()) {
    done.bodies = tl::unexpected(Diagnostics{Diagnostic{Severity::error, {}, job.outputs.front().path,
                                                        "a renderer returned the wrong number of bodies", "", ""}});
    return;
  }
  for (std::size_t i = 0; i < bodies.size(); ++i) {
    const Output& output = job.outputs[i];
    if (!bodies[i]) {
      done.resources.emplace_back();
      continue;
    }
    done.resources.push_back(encodings.encode(encoding_key(job.members, output.path), std::move(*bodies[i]),
                                              output.content_type, now, output.max_age));
  }
}

}  // namespace

std::string encoding_key(bool members, const std::string& path) { return members ? "/members" + path : path; }

Diagnostics run_render_jobs(const std::vector<RenderJob>& jobs, unsigned threads, Encodings& encodings,
                            std::chrono::sys_seconds now, Snapshot& snapshot) {
  std::vector<Done> done(jobs.size());
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i = next++; i < jobs.size(); i = next++) finish(jobs[i], done[i], encodings, now);
  };
  {
    std::vector<std::jthread> helpers;
    for (unsigned t = 1; t < threads && t < jobs.size(); ++t) helpers.emplace_back(work);
    work();
  }  // the helpers are joined here
  Diagnostics errors;
  for (std::size_t i = 0; i < jobs.size(); ++i) {
    if (!*done[i].bodies) {
      const auto& failed = done[i].bodies->error();
      errors.insert(errors.end(), failed.begin(), failed.end());
      continue;
    }
    auto& resources = jobs[i].members ? snapshot.member_resources : snapshot.public_resources;
    for (std::size_t o = 0; o < jobs[i].outputs.size(); ++o)
      if (done[i].resources[o]) resources.insert_or_assign(jobs[i].outputs[o].path, std::move(*done[i].resources[o]));
  }
  return errors;
}

}  // namespace agendad::site
