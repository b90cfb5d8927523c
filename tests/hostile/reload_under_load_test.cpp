// 100 reloads, a good configuration and a broken one alternately, each forced by SIGHUP, while
// clients keep requesting over kept-alive connections: not one request fails, and each reload's
// outcome shows in /healthz. The daemon's --config is a symbolic link switched atomically between
// a good directory and a broken one, so that each SIGHUP is the only reload (a rewritten file
// would also wake the daemon's inotify watch and build twice).
#include <atomic>
#include <csignal>
#include <fstream>
#include <mutex>
#include <optional>
#include <thread>

#include <gtest/gtest.h>

#include "tests/hostile/harness.hpp"

namespace agendad::hostile {
namespace {

struct Load {
  std::atomic<std::uint64_t> served{0};
  std::atomic<std::uint64_t> failed{0};
  std::string first_failure;
  std::mutex mutex;
};

// Requests the agenda over one connection until `stop`, reconnecting only if the daemon closes.
void client(std::uint16_t port, const std::atomic<bool>& stop, Load& load) {
  const std::string request = "GET /agendas/ilsc/2024-09-17.txt HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
  std::optional<Socket> socket;
  while (!stop) {
    if (!socket) socket.emplace(port);
    const bool sent = socket->send(request);
    const auto responses = parse_responses(socket->read_responses(1, 5s));
    if (sent && responses.size() == 1 && responses.front().status == 200 &&
        responses.front().body.find("Tuesday 17 September 2024") != std::string::npos) {
      ++load.served;
      if (responses.front().header("connection") == "close") socket.reset();
      continue;
    }
    ++load.failed;
    std::lock_guard lock(load.mutex);
    if (load.first_failure.empty())
      load.first_failure = responses.empty() ? "no response" : "status " + std::to_string(responses.front().status);
    socket.reset();
  }
}

std::string field(const std::string& json, const std::string& name) {
  const auto at = json.find("\"" + name + "\":");
  if (at == std::string::npos) return {};
  const auto start = json.find_first_not_of(" \"", at + name.size() + 3);
  return json.substr(start, json.find_first_of(",\"\n", start) - start);
}

TEST(ReloadUnderLoad, AHundredReloadsGoodAndBadAlternatelyFailNoRequest) {
  namespace fs = std::filesystem;
  TempConfig config;
  const auto broken_dir = config.root() / "broken", link = config.root() / "current";
  fs::copy(config.config(), broken_dir);
  std::ofstream(broken_dir / "ilsc.yaml", std::ios::app) << "\n  - id: [unterminated\n";
  const auto point_at = [&](const fs::path& dir) {
    const auto temporary = config.root() / "current.tmp";
    fs::create_directory_symlink(dir, temporary);
    fs::rename(temporary, link);
  };
  point_at(config.config());
  Daemon daemon({"--config", link.string(), "--as-of", "2024-09-10"}, config.root() / "daemon.log");
  ASSERT_TRUE(daemon.started()) << read_file(config.root() / "daemon.log");

  Load load;
  std::atomic<bool> stop{false};
  std::vector<std::jthread> clients;
  for (int i = 0; i < 2; ++i) clients.emplace_back([&] { client(daemon.port(), stop, load); });

  int good_reloads = 0, bad_reloads = 0;
  for (int reload = 0; reload < 100; ++reload) {
    const bool broken = reload % 2 == 1;
    const auto before = get(daemon.port(), "/healthz").body;
    point_at(broken ? broken_dir : config.config());
    daemon.signal(SIGHUP);
    // A good reload publishes the next generation; a bad one leaves it and reports degraded.
    const bool seen = eventually(
        [&] {
          const auto health = get(daemon.port(), "/healthz").body;
          return broken ? field(health, "status") == "degraded" && field(health, "failed_at") != field(before, "failed_at")
                        : field(health, "status") == "ok" && field(health, "generation") != field(before, "generation");
        },
        20s);
    ASSERT_TRUE(seen) << "reload " << reload << (broken ? " (bad)" : " (good)") << "\n"
                      << get(daemon.port(), "/healthz").body;
    ++(broken ? bad_reloads : good_reloads);
  }
  stop = true;
  clients.clear();

  EXPECT_EQ(good_reloads, 50);
  EXPECT_EQ(bad_reloads, 50);
  EXPECT_EQ(load.failed, 0u) << load.first_failure;
  EXPECT_GT(load.served, 100u);
  RecordProperty("requests_served_during_reloads", std::to_string(load.served.load()));
  EXPECT_EQ(daemon.stop(), 0);
}

}  // namespace
}  // namespace agendad::hostile
