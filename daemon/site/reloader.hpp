#pragma once
// Builds snapshots and publishes them. Every build runs on one worker thread of its own: off the
// I/O threads, so that serving never waits for a build, and one at a time, because libical and
// yaml-cpp are not to be used from several threads at once. A build that fails publishes nothing:
// the last good snapshot stays served and /healthz reports the errors.
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include <boost/asio/thread_pool.hpp>

#include "daemon/site/published.hpp"
#include "daemon/site/snapshot.hpp"

namespace agendad::site {

class Reloader {
 public:
  Reloader(Published& published, SnapshotBuilder builder, BuildInputs inputs);
  ~Reloader();  // waits for a build under way

  // Builds on the worker thread and waits; true when a snapshot was published. For the first load.
  bool load_now();
  // Queues a build, saying why in the log; requests that arrive while one is queued join it.
  void reload(std::string why);

  // Whether the build under way has run longer than `deadline`. The first time one is found so,
  // it is abandoned: /healthz and the log say so, and whatever it makes later is thrown away (a
  // thread cannot be stopped safely; the daemon stops feeding systemd's watchdog meanwhile, so
  // that systemd restarts it if the build never returns).
  bool overdue(std::chrono::steady_clock::duration deadline);
  // Waits up to `grace` for the build under way, if any, to end; false if it is still running.
  bool idle_within(std::chrono::steady_clock::duration grace);

 private:
  bool build(const std::string& why);
  // Marks the start and the end of a build; end() says whether it was abandoned meanwhile.
  void begin(const std::string& why);
  bool end();

  Published& published_;
  SnapshotBuilder builder_;
  BuildInputs inputs_;
  std::atomic<bool> queued_{false};
  std::mutex mutex_;  // guards the build under way's record below
  std::condition_variable idle_;
  std::optional<std::chrono::steady_clock::time_point> started_;  // set while a build runs
  std::string building_why_;
  bool abandoned_ = false;
  boost::asio::thread_pool worker_{1};
};

}  // namespace agendad::site
