#pragma once
// Loopback clients and a child agendad for the server's socket tests: plain blocking POSIX
// sockets, so that what is tested is the server, not a client library.
#include <chrono>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include <sys/types.h>

namespace agendad::site::testing {

class Connection {
 public:
  // receive_buffer: SO_RCVBUF before connecting (0: the kernel's), to make the server wait to send.
  explicit Connection(std::uint16_t port, int receive_buffer = 0);
  ~Connection();
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  bool connected() const { return fd_ >= 0; }
  bool send(std::string_view bytes);
  // Everything until the server closes, or until `timeout` passes.
  std::string read_until_closed(std::chrono::milliseconds timeout = std::chrono::seconds(10));
  // Reads until `bytes` holds `count` complete responses (HEAD answers counted by `head`).
  std::string read_responses(std::size_t count, const std::vector<bool>& head = {},
                             std::chrono::milliseconds timeout = std::chrono::seconds(10));
  // Exactly `count` bytes, or fewer if the server closes or `timeout` passes.
  std::string read_bytes(std::size_t count, std::chrono::milliseconds timeout = std::chrono::seconds(10));
  // Whether the server has closed the connection (reads EOF or a reset) within `timeout`.
  bool closed_within(std::chrono::milliseconds timeout);

 private:
  int fd_ = -1;
  std::string pending_;
};

// A port that was free a moment ago, for programs that need one named in advance.
std::uint16_t free_port();

// One request with Connection: close, and its response's bytes.
std::string fetch(std::uint16_t port, std::string_view target, std::string_view headers = "",
                  std::string_view method = "GET");

// `agendad serve` as a child process on 127.0.0.1 and a free port; stderr is kept in a file.
// `program` runs instead of agendad when given (systemd-socket-activate, which runs agendad in
// turn); `wait` false returns at once, and wait_started() reads the port later.
class Child {
 public:
  Child(const std::vector<std::string>& arguments, const std::filesystem::path& stderr_file,
        const std::string& program = AGENDAD_BINARY, bool wait = true);
  // Reads the daemon's first line of output, which names its port; false if none came in time.
  bool wait_started(std::chrono::milliseconds timeout = std::chrono::seconds(60));
  ~Child();  // SIGKILLs a child still running
  std::uint16_t port() const { return port_; }
  pid_t pid() const { return pid_; }
  bool started() const { return port_ != 0; }
  // The exit status, or -1 when it did not exit within `timeout` (or died by a signal).
  int wait_exit(std::chrono::milliseconds timeout);
  void signal(int number) const;

 private:
  pid_t pid_ = -1;
  int stdout_ = -1;
  std::uint16_t port_ = 0;
};

std::string read_file(const std::filesystem::path& path);
// Polls `condition` every 20 ms until it holds or `timeout` passes.
bool eventually(const std::function<bool()>& condition, std::chrono::milliseconds timeout);

}  // namespace agendad::site::testing
