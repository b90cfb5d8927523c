#include "daemon/http/batched_lines.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <array>
#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace agendad::http {
namespace {

// A pipe whose reading end never blocks: what the lines' descriptor has been given so far.
class Pipe {
 public:
  Pipe() {
    EXPECT_EQ(::pipe2(fds_.data(), O_CLOEXEC), 0);
    ::fcntl(fds_[0], F_SETFL, O_NONBLOCK);
  }
  ~Pipe() {
    ::close(fds_[0]);
    ::close(fds_[1]);
  }
  Pipe(const Pipe&) = delete;
  Pipe& operator=(const Pipe&) = delete;
  int writer() const { return fds_[1]; }
  std::string written() {
    std::string text;
    std::array<char, 4096> chunk{};
    for (ssize_t n; (n = ::read(fds_[0], chunk.data(), chunk.size())) > 0;) text.append(chunk.data(), static_cast<std::size_t>(n));
    return text;
  }

 private:
  std::array<int, 2> fds_{-1, -1};
};

TEST(BatchedLines, HoldsLinesUntilFlushed) {
  Pipe pipe;
  BatchedLines lines(pipe.writer(), 1024);
  lines.add("GET /healthz 200 25 40us");
  lines.add("GET /calendars/ilsc.ics 304 0 31us");
  EXPECT_EQ(pipe.written(), "");
  lines.flush();
  EXPECT_EQ(pipe.written(), "GET /healthz 200 25 40us\nGET /calendars/ilsc.ics 304 0 31us\n");
  lines.flush();
  EXPECT_EQ(pipe.written(), "");
}

TEST(BatchedLines, WritesABatchOnceItHoldsTheLimit) {
  Pipe pipe;
  BatchedLines lines(pipe.writer(), 64);
  const std::string line(40, 'a');
  lines.add(line);
  EXPECT_EQ(pipe.written(), "");
  lines.add(line);  // 82 bytes held: over the limit
  EXPECT_EQ(pipe.written(), line + "\n" + line + "\n");
}

TEST(BatchedLines, WritesWhatItHoldsWhenDestroyed) {
  Pipe pipe;
  {
    BatchedLines lines(pipe.writer());
    lines.add("agendad: stop: done");
  }
  EXPECT_EQ(pipe.written(), "agendad: stop: done\n");
}

TEST(BatchedLines, KeepsEveryLineWholeAcrossThreads) {
  Pipe pipe;
  std::string seen;
  {
    BatchedLines lines(pipe.writer(), 512);
    std::vector<std::jthread> threads;
    for (char c : std::string("abcd"))
      threads.emplace_back([&lines, c] {
        for (int i = 0; i < 200; ++i) lines.add(std::string(30, c));
      });
  }  // 24,800 bytes: within what a pipe holds unread
  seen = pipe.written();
  ASSERT_EQ(seen.size(), 4u * 200 * 31);
  for (std::size_t at = 0; at < seen.size(); at += 31) {
    EXPECT_EQ(seen.substr(at, 30), std::string(30, seen[at])) << "at " << at;
    EXPECT_EQ(seen[at + 30], '\n');
  }
}

}  // namespace
}  // namespace agendad::http
