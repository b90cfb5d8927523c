#pragma once
// What the hostile-client tests share: `agendad serve` as a child process on loopback, plain
// non-blocking POSIX sockets (so that thousands can be held open by one thread), and a small
// reader of HTTP/1.1 responses. Everything has a deadline: a test never waits unbounded.
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <sys/types.h>
#include <unistd.h>

namespace agendad::hostile {

using namespace std::chrono_literals;
using Milliseconds = std::chrono::milliseconds;
using Microseconds = std::chrono::microseconds;

// A copy of the example configuration in a fresh temporary directory, with the bank holidays
// named by an absolute path; removed with the object.
class TempConfig {
 public:
  TempConfig();
  ~TempConfig();
  TempConfig(const TempConfig&) = delete;
  TempConfig& operator=(const TempConfig&) = delete;
  const std::filesystem::path& root() const { return root_; }
  std::filesystem::path config() const { return root_ / "config"; }
  // Rewrites a configuration file as editors do: a temporary file renamed over it.
  void write(const std::string& file, const std::string& text) const;
  std::string read(const std::string& file) const;

 private:
  std::filesystem::path root_;
};

// `agendad serve --listen 127.0.0.1:0 ARGS...`; stdout is read for the port, stderr (the access
// log) goes to a file. SIGKILLed on destruction if still running.
class Daemon {
 public:
  // `open_files`, when not 0, is the RLIMIT_NOFILE (soft and hard) the daemon starts under.
  explicit Daemon(const std::vector<std::string>& arguments, const std::filesystem::path& log_file,
                  std::size_t open_files = 0);
  ~Daemon();
  Daemon(const Daemon&) = delete;
  Daemon& operator=(const Daemon&) = delete;
  bool started() const { return port_ != 0; }
  // The first line the daemon printed: "agendad: serving N pages and feeds at http://...".
  const std::string& banner() const { return banner_; }
  std::uint16_t port() const { return port_; }
  pid_t pid() const { return pid_; }
  void signal(int number) const;
  // Exit status, or -1 when it did not exit within `timeout`.
  int stop(Milliseconds timeout = 10s);
  // From /proc/<pid>/status, in KiB: "VmRSS", "VmHWM".
  long status_kib(std::string_view field) const;
  // The targets of /proc/<pid>/fd/*: every file and socket the daemon holds open.
  std::vector<std::string> open_files() const;

 private:
  pid_t pid_ = -1;
  std::uint16_t port_ = 0;
  std::string banner_;
};

// A loopback TCP connection. Reads and writes take a deadline and never block past it.
class Socket {
 public:
  explicit Socket(std::uint16_t port);  // connected() tells whether it worked
  ~Socket();
  Socket(Socket&& other) noexcept : fd_(other.fd_), pending_(std::move(other.pending_)) { other.fd_ = -1; }
  Socket(const Socket&) = delete;
  Socket& operator=(const Socket&) = delete;
  bool connected() const { return fd_ >= 0; }
  int fd() const { return fd_; }
  bool send(std::string_view bytes, Milliseconds timeout = 5s);
  // Bytes until the peer closes (returns them, with closed set) or the timeout passes; `reset`
  // tells a close by RST (data lost, as a client sees it) from an orderly one (FIN).
  std::string read_until_closed(Milliseconds timeout, bool* closed = nullptr, bool* reset = nullptr);
  // Bytes until `count` whole responses are in (bodies by Content-Length; a 304 has none), or
  // until the peer closes or the timeout passes.
  std::string read_responses(std::size_t count, Milliseconds timeout = 5s);
  // Whether the peer closed (EOF or reset) within `timeout`; any bytes before that are dropped.
  bool closed_within(Milliseconds timeout);

 private:
  int fd_ = -1;
  std::string pending_;
};

struct Response {
  int status = 0;
  std::map<std::string, std::string> headers;  // names in lower case
  std::string body;
  std::string header(const std::string& name) const;
};

// Whole responses at the front of `bytes`; *used (if given) is how many bytes they took.
std::vector<Response> parse_responses(std::string_view bytes, std::size_t* used = nullptr);

// One GET with Connection: close; an empty Response (status 0) if it failed.
Response get(std::uint16_t port, std::string_view target, std::string_view headers = "");

// Polls every 10 ms until `condition` holds or `timeout` passes.
template <typename Condition>
bool eventually(Condition condition, Milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (!condition()) {
    if (std::chrono::steady_clock::now() >= deadline) return false;
    ::usleep(10'000);  // nothing signals a condition: it is polled
  }
  return true;
}

std::string read_file(const std::filesystem::path& path);
// Raises this process's soft RLIMIT_NOFILE to at least `count` (within the hard limit).
bool raise_open_files(std::size_t count);
// The p-th percentile (0..100) of a sample, by nearest rank.
Microseconds percentile(std::vector<Microseconds> sample, double p);

}  // namespace agendad::hostile

