#pragma once
// Lines for a descriptor (stderr: the journal, or a file), written in batches. One write(2) for
// each request was a third of the system calls on the 304 path (bench/README, "The access log's
// cost"). A batch goes out when it holds `limit` bytes and whenever flush() is called: the server
// flushes every second and when it stops, so a line is at most a second late. Lines are whole and
// in the order added, whichever threads add them.
#include <cstddef>
#include <mutex>
#include <string>
#include <string_view>

namespace agendad::http {

class BatchedLines {
 public:
  explicit BatchedLines(int fd, std::size_t limit = std::size_t{16} * 1024);
  ~BatchedLines();  // flushes
  BatchedLines(const BatchedLines&) = delete;
  BatchedLines& operator=(const BatchedLines&) = delete;

  void add(std::string_view line);  // a newline is added after it
  void flush();

 private:
  std::mutex pending_mutex_;
  std::string pending_;
  std::mutex write_mutex_;  // held across a write, so that batches keep their order
  int fd_;
  std::size_t limit_;
};

}  // namespace agendad::http
