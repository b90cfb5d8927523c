#pragma once
// The HTTP/1.1 server: a listener and a session per connection, in the shape of Beast's
// example/advanced/server. It knows nothing of what it serves: every response comes from the
// Handler (handler.hpp). Beast is used only in server.cpp, so that one translation unit pays for
// its templates.
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include <tl/expected.hpp>

#include "daemon/http/handler.hpp"

namespace boost::asio {
class io_context;
}

namespace agendad::http {

struct ServerOptions {
  // From a connection's first byte (or its opening, for its first request) to the end of the
  // request's headers: a client that sends headers slowly is dropped when it runs out.
  std::chrono::milliseconds header_timeout{10'000};
  // How long a kept-alive connection may wait for its next request.
  std::chrono::milliseconds idle_timeout{30'000};
  std::chrono::milliseconds write_timeout{30'000};
  // Beyond it a connection gets 503 and is closed. The server lowers it to what its descriptors
  // allow: the soft RLIMIT_NOFILE less a reserve of 64 (see HttpServer::max_connections).
  std::size_t max_connections = 4096;
  std::uint32_t header_limit = 8 * 1024;  // request line and fields; beyond it 431
  // One line per request and per refused connection; stderr when empty, in batches written every
  // second, when the server stops and on flush_log() (batched_lines.hpp).
  std::function<void(std::string_view line)> log;
};

class HttpServer {
 public:
  // `handler` must outlive `io`: sessions still queued on it when the server is gone are destroyed
  // with it, and tell the handler they closed.
  HttpServer(boost::asio::io_context& io, ServerOptions options, const Handler& handler);
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Binds and listens on an IPv4 or IPv6 address; port 0 takes any free port. Returns the port.
  tl::expected<std::uint16_t, std::string> listen(const std::string& address, std::uint16_t port);
  // Takes over a listening socket that systemd passed (socket activation). Returns its port.
  tl::expected<std::uint16_t, std::string> adopt(int listening_fd);
  void start();
  // Stops accepting and closes the connections waiting for a request; a connection with a
  // request under way answers it (with Connection: close) and then closes.
  void stop();
  // Writes the log lines still held (those of requests that finished after stop()).
  void flush_log();
  std::int64_t open_connections() const;
  // The cap on connections in force: ServerOptions::max_connections, or fewer when the soft
  // RLIMIT_NOFILE at the server's construction would not hold that many and a reserve.
  std::size_t max_connections() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Raises the process's soft RLIMIT_NOFILE to its hard limit (systemd and shells start services
// at 1024 by default, far below what --max-connections asks for); returns the soft limit now in
// force, or nullopt when there is none.
std::optional<std::uint64_t> raise_open_files_limit();

}  // namespace agendad::http
