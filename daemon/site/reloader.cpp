#include "daemon/site/reloader.hpp"

#include <cstdio>
#include <future>

#include <boost/asio/post.hpp>
#include <unistd.h>

#include "daemon/site/systemd_notify.hpp"

namespace agendad::site {

using planner::Diagnostic, planner::Diagnostics, planner::Result;

namespace {

void log_line(const std::string& line) {
  const auto text = line + "\n";
  [[maybe_unused]] auto written = ::write(STDERR_FILENO, text.data(), text.size());
}

std::chrono::sys_seconds now() {
  return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
}

}  // namespace

Reloader::Reloader(Published& published, SnapshotBuilder builder, BuildInputs inputs)
    : published_(published), builder_(std::move(builder)), inputs_(std::move(inputs)) {}

Reloader::~Reloader() { worker_.join(); }

bool Reloader::load_now() {
  std::promise<bool> done;
  boost::asio::post(worker_, [this, &done] { done.set_value(build("start")); });
  return done.get_future().get();
}

void Reloader::reload(std::string why) {
  if (queued_.exchange(true)) return;
  boost::asio::post(worker_, [this, why = std::move(why)] {
    queued_ = false;
    systemd::reloading();
    build(why);
    const auto snapshot = published_.snapshot();
    systemd::ready(published_.failure() ? "serving generation " + std::to_string(snapshot->generation) +
                                              "; the last reload failed (see /healthz)"
                                        : "serving generation " + std::to_string(snapshot->generation));
  });
}

void Reloader::begin(const std::string& why) {
  std::lock_guard lock(mutex_);
  started_ = std::chrono::steady_clock::now();
  building_why_ = why;
  abandoned_ = false;
}

bool Reloader::end() {
  std::lock_guard lock(mutex_);
  started_.reset();
  idle_.notify_all();
  return abandoned_;
}

bool Reloader::overdue(std::chrono::steady_clock::duration deadline) {
  std::unique_lock lock(mutex_);
  if (!started_ || std::chrono::steady_clock::now() - *started_ <= deadline) return false;
  if (abandoned_) return true;
  abandoned_ = true;
  const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(deadline).count();
  const std::string why = building_why_;
  lock.unlock();
  const auto current = published_.snapshot();
  const std::string error = "load (" + why + ") did not finish within " + std::to_string(seconds) +
                            " s and was abandoned; " +
                            (current ? "still serving generation " + std::to_string(current->generation)
                                     : std::string("nothing to serve"));
  log_line(error);
  published_.fail(Failure{now(), {error}});
  return true;
}

bool Reloader::idle_within(std::chrono::steady_clock::duration grace) {
  std::unique_lock lock(mutex_);
  return idle_.wait_for(lock, grace, [this] { return !started_; });
}

bool Reloader::build(const std::string& why) {
  const auto started = std::chrono::steady_clock::now();
  begin(why);
  Result<Snapshot> built = tl::unexpected(Diagnostics{});
  try {
    built = builder_(inputs_);
  } catch (const std::exception& error) {
    // A reload must never take the daemon down: what cannot be built is reported like bad input.
    Diagnostic diagnostic;
    diagnostic.message = std::string("building the pages failed: ") + error.what();
    built = tl::unexpected(Diagnostics{diagnostic});
  }
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
  if (end()) {
    log_line("load (" + why + "): ended after " + std::to_string(ms.count()) +
             " ms, past its deadline; what it made is thrown away");
    return false;
  }
  if (!built) {
    Failure failure{now(), {}};
    for (const auto& diagnostic : built.error()) failure.errors.push_back(format_line(diagnostic));
    const auto current = published_.snapshot();
    std::string line = "load (" + why + "): failed in " + std::to_string(ms.count()) + " ms; " +
                       (current ? "still serving generation " + std::to_string(current->generation)
                                : std::string("nothing to serve"));
    for (const auto& error : failure.errors) line += "\n  " + error;
    log_line(line);
    published_.fail(std::move(failure));
    return false;
  }
  built->loaded_at = now();
  for (const auto& warning : built->warnings) log_line("  " + warning);
  const auto resources = built->public_resources.size() + built->member_resources.size();
  const auto hash = built->config_hash;
  published_.publish(std::move(*built));
  log_line("load (" + why + "): ok in " + std::to_string(ms.count()) + " ms; generation " +
           std::to_string(published_.snapshot()->generation) + ", configuration " + hash.substr(0, 12) + ", " +
           std::to_string(resources) + " resources");
  return true;
}

}  // namespace agendad::site
