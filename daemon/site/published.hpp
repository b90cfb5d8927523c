#pragma once
// The snapshot being served and the outcome of the last reload, read by every I/O thread and
// replaced by the reloader. Readers take a shared_ptr copy and keep it for the whole response,
// so a swap never pulls bytes out from under a write in flight.
#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "daemon/site/snapshot.hpp"

namespace agendad::site {

// The last reload that failed, while no later one has succeeded.
struct Failure {
  std::chrono::sys_seconds at{};
  std::vector<std::string> errors;  // located: "config/ilsc.yaml:12:5: error: ..."
};

class Published {
 public:
  std::shared_ptr<const Snapshot> snapshot() const {
    std::lock_guard lock(mutex_);
    return snapshot_;
  }
  std::shared_ptr<const Failure> failure() const {
    std::lock_guard lock(mutex_);
    return failure_;
  }

  // Serves `next` from now on and clears any failure; keeps the Last-Modified of each resource
  // whose body the current snapshot already had; numbers the generation.
  void publish(Snapshot next);
  void fail(Failure failure);

  std::uint64_t reloads_ok() const { return reloads_ok_.load(); }
  std::uint64_t reloads_failed() const { return reloads_failed_.load(); }

 private:
  // A mutex held only to copy or swap a pointer, rather than std::atomic<std::shared_ptr>:
  // libstdc++ 12's load() releases its internal lock with relaxed ordering, a race in the memory
  // model that ThreadSanitizer reports. Uncontended, this costs about what the atomic would.
  mutable std::mutex mutex_;
  std::shared_ptr<const Snapshot> snapshot_;
  std::shared_ptr<const Failure> failure_;
  std::atomic<std::uint64_t> reloads_ok_{0};
  std::atomic<std::uint64_t> reloads_failed_{0};
};

}  // namespace agendad::site
