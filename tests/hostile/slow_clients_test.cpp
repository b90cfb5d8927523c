// Slowloris: 1,000 connections that send nothing, or trickle a request header a byte a second.
// An ordinary client is still served promptly meanwhile, and every slow connection is dropped
// once its header timeout (2 s here) has passed.
#include <atomic>
#include <thread>

#include <gtest/gtest.h>
#include <poll.h>

#include "tests/hostile/harness.hpp"

namespace agendad::hostile {
namespace {

using Clock = std::chrono::steady_clock;

constexpr std::size_t slow_count = 1000;
constexpr auto header_timeout = 2s;

TEST(SlowClients, AThousandSilentOrTricklingConnectionsDoNotStallOthersAndAreDropped) {
  ASSERT_TRUE(raise_open_files(4 * slow_count));
  TempConfig config;
  Daemon daemon({"--config", config.config().string(), "--as-of", "2024-09-10", "--header-timeout-ms",
                 std::to_string(Milliseconds(header_timeout).count())},
                config.root() / "daemon.log");
  ASSERT_TRUE(daemon.started()) << read_file(config.root() / "daemon.log");

  // Half send nothing; half trickle "GET / HTTP/1.1\r\n..." a byte a second, never finishing.
  const auto opened = Clock::now();
  std::vector<Socket> slow;
  for (std::size_t i = 0; i < slow_count; ++i) {
    slow.emplace_back(daemon.port());
    ASSERT_TRUE(slow.back().connected()) << i;
  }
  const std::string header = "GET /agendas/ilsc/2024-09-17.txt HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: 1\r\n";
  std::atomic<bool> trickling{true};
  std::jthread trickle([&] {
    for (std::size_t byte = 0; trickling && byte < header.size(); ++byte) {
      for (std::size_t i = 1; i < slow.size(); i += 2) slow[i].send(header.substr(byte, 1), 100ms);
      // A sleep is the point: a byte a second (in ticks, so that the trickle stops when told).
      for (int tick = 0; trickling && tick < 10; ++tick) std::this_thread::sleep_for(100ms);
    }
  });

  // An ordinary client, a fresh connection per request, while the slow ones are held open.
  std::vector<Microseconds> latencies;
  int failures = 0;
  while (Clock::now() - opened < header_timeout - 300ms) {
    const auto start = Clock::now();
    const auto response = get(daemon.port(), "/agendas/ilsc/2024-09-17.txt");
    latencies.push_back(std::chrono::duration_cast<Microseconds>(Clock::now() - start));
    failures += response.status != 200;
  }
  EXPECT_EQ(failures, 0);
  EXPECT_GE(latencies.size(), 20u);
  EXPECT_LT(percentile(latencies, 99), Microseconds(50ms)) << "p50 " << percentile(latencies, 50).count() << " us";
  RecordProperty("ordinary_requests", std::to_string(latencies.size()));
  RecordProperty("ordinary_p50_us", std::to_string(percentile(latencies, 50).count()));
  RecordProperty("ordinary_p99_us", std::to_string(percentile(latencies, 99).count()));

  // None was dropped early: the daemon gives a client its whole timeout.
  std::size_t early = 0;
  for (const auto& socket : slow) {
    pollfd descriptor{socket.fd(), POLLIN, 0};
    early += ::poll(&descriptor, 1, 0) == 1;
  }
  EXPECT_EQ(early, 0u) << "dropped before " << Milliseconds(header_timeout - 300ms).count() << " ms";

  // Every slow connection is closed by the daemon within its timeout and a margin.
  std::size_t dropped = 0;
  const auto deadline = opened + header_timeout + 3s;
  std::vector<bool> closed(slow.size(), false);
  while (dropped < slow.size() && Clock::now() < deadline) {
    for (std::size_t i = 0; i < slow.size(); ++i) {
      if (closed[i]) continue;
      pollfd descriptor{slow[i].fd(), POLLIN, 0};
      if (::poll(&descriptor, 1, 0) == 1 && slow[i].closed_within(0ms)) {
        closed[i] = true;
        ++dropped;
      }
    }
    std::this_thread::sleep_for(20ms);  // a thousand sockets are polled in turn, until the deadline
  }
  trickling = false;
  EXPECT_EQ(dropped, slow.size());
  EXPECT_EQ(get(daemon.port(), "/agendas/ilsc/2024-09-17.txt").status, 200);
}

}  // namespace
}  // namespace agendad::hostile
