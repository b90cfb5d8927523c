#include "daemon/http/batched_lines.hpp"

#include <unistd.h>

#include <cerrno>

namespace agendad::http {
namespace {

// All of `bytes`, across short writes and interrupted ones. A log that cannot be written (a closed
// descriptor, a full disk) is dropped: the server goes on serving.
void write_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const auto written = ::write(fd, bytes.data(), bytes.size());
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) return;
    bytes.remove_prefix(static_cast<std::size_t>(written));
  }
}

}  // namespace

BatchedLines::BatchedLines(int fd, std::size_t limit) : fd_(fd), limit_(limit) {}

BatchedLines::~BatchedLines() { flush(); }

void BatchedLines::add(std::string_view line) {
  bool full = false;
  {
    std::lock_guard lock(pending_mutex_);
    pending_ += line;
    pending_ += '\n';
    full = pending_.size() >= limit_;
  }
  if (full) flush();
}

void BatchedLines::flush() {
  std::lock_guard writing(write_mutex_);
  std::string batch;
  {
    std::lock_guard lock(pending_mutex_);
    batch.swap(pending_);
  }
  write_all(fd_, batch);
}

}  // namespace agendad::http
