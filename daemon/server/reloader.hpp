#pragma once
// Builds snapshots and publishes them. Every build runs on one worker thread of its own: off the
// I/O threads, so that serving never waits for a build, and one at a time, because libical and
// yaml-cpp are not to be used from several threads at once. A build that fails publishes nothing:
// the last good snapshot stays served and /healthz reports the errors.
#include <atomic>
#include <memory>
#include <string>

#include <boost/asio/thread_pool.hpp>

#include "daemon/server/published.hpp"
#include "daemon/server/snapshot.hpp"

namespace agendad::server {

class Reloader {
 public:
  Reloader(Published& published, SnapshotBuilder builder, BuildInputs inputs);
  ~Reloader();  // waits for a build under way

  // Builds on the worker thread and waits; true when a snapshot was published. For the first load.
  bool load_now();
  // Queues a build, saying why in the log; requests that arrive while one is queued join it.
  void reload(std::string why);

 private:
  bool build(const std::string& why);

  Published& published_;
  SnapshotBuilder builder_;
  BuildInputs inputs_;
  std::atomic<bool> queued_{false};
  boost::asio::thread_pool worker_{1};
};

}  // namespace agendad::server
