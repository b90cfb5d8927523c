#include "daemon/http/server.hpp"

#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/resource.h>
#include <unistd.h>

#include "daemon/http/session.hpp"

namespace agendad::http {

using namespace session;  // the connection this file listens for

namespace {

// A descriptor held in reserve, for the listener to give up when the process has run out: see
// Listener::shed.
class Spare {
 public:
  Spare() { take(); }
  ~Spare() { release(); }
  Spare(const Spare&) = delete;
  Spare& operator=(const Spare&) = delete;
  bool take() {
    if (fd_ < 0) fd_ = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    return fd_ >= 0;
  }
  void release() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
  }

 private:
  int fd_ = -1;
};

bool out_of_descriptors(const beast::error_code& ec) {
  return ec == net::error::no_descriptors || ec == beast::errc::too_many_files_open_in_system;
}

class Listener : public std::enable_shared_from_this<Listener> {
 public:
  Listener(net::io_context& io, std::shared_ptr<Shared> shared)
      : io_(io), acceptor_(net::make_strand(io)), retry_(acceptor_.get_executor()), shared_(std::move(shared)) {}

  tcp::acceptor& acceptor() { return acceptor_; }

  void start() {
    net::dispatch(acceptor_.get_executor(), [self = shared_from_this()] { self->accept(); });
  }

  void stop() {
    net::post(acceptor_.get_executor(), [self = shared_from_this()] {
      beast::error_code ignored;
      self->acceptor_.close(ignored);
      self->retry_.cancel();
    });
  }

 private:
  void accept() {
    acceptor_.async_accept(net::make_strand(io_.get_executor()),
                           beast::bind_front_handler(&Listener::on_accept, shared_from_this()));
  }

  void on_accept(beast::error_code ec, Socket socket) {
    if (!acceptor_.is_open() || ec == net::error::operation_aborted) return;
    if (out_of_descriptors(ec) && shed()) return accept();
    if (ec) {
      // Out of descriptors with none to spare, say: wait a little rather than spin on the error.
      shared_->log("accept failed: " + ec.message());
      retry_.expires_after(std::chrono::milliseconds(100));
      retry_.async_wait([self = shared_from_this()](beast::error_code wait_ec) {
        if (!wait_ec) self->accept();
      });
      return;
    }
    if (shared_->open_connections >= static_cast<std::int64_t>(shared_->options.max_connections)) {
      refuse(std::move(socket));
    } else {
      std::make_shared<Session<Socket>>(std::move(socket), shared_)->run();
    }
    accept();
  }

  // Answers 503 without reading the request, and closes.
  void refuse(Socket socket) {
    shared_->log("connection refused: " + std::to_string(shared_->options.max_connections) + " open already");
    struct Refusal {
      explicit Refusal(Socket socket) : socket(std::move(socket)) {}
      Socket socket;
      Reply reply = error_reply(503);
      std::string bytes;
    };
    auto refusal = std::make_shared<Refusal>(std::move(socket));
    format_head(refusal->bytes, refusal->reply, false, false);
    refusal->bytes += refusal->reply.body();
    net::async_write(refusal->socket, net::buffer(refusal->bytes), [refusal](beast::error_code, std::size_t) {
      beast::error_code ignored;
      refusal->socket.shutdown(tcp::socket::shutdown_send, ignored);
    });
  }

  // Out of descriptors, accept fails while the connection it was for waits in the backlog, its
  // client hanging with no answer until a descriptor is free. The cap on connections keeps a
  // reserve of descriptors (see connection_cap), so this is for what the cap does not count:
  // refusals being written, files the reloads read, another thread's. The spare descriptor is
  // given up to take the waiting connection, answer it 503 at once (a non-blocking send of a
  // few hundred bytes, which a fresh socket's buffer takes whole) and close it, and is then taken
  // back. Whether that worked, and so whether to go on accepting at once.
  bool shed() {
    spare_.release();
    bool answered = false;
    pollfd waiting{acceptor_.native_handle(), POLLIN, 0};
    const int fd = ::poll(&waiting, 1, 0) == 1 ? ::accept4(acceptor_.native_handle(), nullptr, nullptr,
                                                            SOCK_NONBLOCK | SOCK_CLOEXEC)
                                               : -1;
    if (fd >= 0) {
      std::string bytes;
      const auto reply = error_reply(503);
      format_head(bytes, reply, false, false);
      bytes += reply.body();
      answered = ::send(fd, bytes.data(), bytes.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(bytes.size());
      ::shutdown(fd, SHUT_WR);
      // What the client sent already is read, so that closing does not answer it with a reset
      // that could destroy the 503 before the client reads it.
      std::array<char, 4096> ignored;
      while (::recv(fd, ignored.data(), ignored.size(), 0) > 0) {
      }
      ::close(fd);
      shared_->log("connection refused: out of descriptors");
    }
    return spare_.take() && fd >= 0 && answered;
  }

  net::io_context& io_;
  tcp::acceptor acceptor_;
  net::steady_timer retry_;
  std::shared_ptr<Shared> shared_;
  Spare spare_;
};

// Writes the access log's batch (batched_lines.hpp) every second until the server stops.
class LogFlusher : public std::enable_shared_from_this<LogFlusher> {
 public:
  LogFlusher(net::io_context& io, std::shared_ptr<Shared> shared) : timer_(net::make_strand(io)), shared_(std::move(shared)) {}

  void start() {
    net::dispatch(timer_.get_executor(), [self = shared_from_this()] { self->wait(); });
  }
  void stop() {
    net::post(timer_.get_executor(), [self = shared_from_this()] {
      self->stopped_ = true;
      self->timer_.cancel();
    });
  }

 private:
  void wait() {
    if (stopped_) return;
    timer_.expires_after(std::chrono::seconds(1));
    timer_.async_wait([self = shared_from_this()](const beast::error_code& ec) {
      self->shared_->stderr_lines.flush();
      if (!ec) self->wait();
    });
  }

  Timer timer_;
  std::shared_ptr<Shared> shared_;
  bool stopped_ = false;
};

// The most connections a process may hold open with `configured` asked for: fewer when the
// descriptors its soft RLIMIT_NOFILE allows, less a reserve for everything else (the listener,
// the event loop's, a reload's files and the refusals being written), would not hold them.
std::size_t connection_cap(std::size_t configured) {
  constexpr std::size_t reserve = 64;
  rlimit limit{};
  if (::getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY) return configured;
  const auto soft = static_cast<std::size_t>(limit.rlim_cur);
  return std::max<std::size_t>(1, std::min(configured, soft - std::min(reserve, soft / 2)));
}

}  // namespace

struct HttpServer::Impl {
  Impl(net::io_context& io, ServerOptions options, const Handler& handler)
      : io(io), shared(std::make_shared<Shared>(std::move(options), handler)),
        flusher(std::make_shared<LogFlusher>(io, shared)) {
    shared->options.max_connections = connection_cap(shared->options.max_connections);
  }
  ~Impl() { shared->stderr_lines.flush(); }
  Impl(const Impl&) = delete;
  Impl& operator=(const Impl&) = delete;
  net::io_context& io;
  std::shared_ptr<Shared> shared;
  std::shared_ptr<LogFlusher> flusher;
  std::shared_ptr<Listener> listener;

  tl::expected<std::uint16_t, std::string> bound() {
    beast::error_code ec;
    const auto endpoint = listener->acceptor().local_endpoint(ec);
    if (ec) return tl::unexpected("cannot read the listening address: " + ec.message());
    return endpoint.port();
  }
};

HttpServer::HttpServer(net::io_context& io, ServerOptions options, const Handler& handler)
    : impl_(std::make_unique<Impl>(io, std::move(options), handler)) {}

HttpServer::~HttpServer() = default;

tl::expected<std::uint16_t, std::string> HttpServer::listen(const std::string& address, std::uint16_t port) {
  beast::error_code ec;
  const auto ip = net::ip::make_address(address, ec);
  if (ec) return tl::unexpected("\"" + address + "\" is not an IP address");
  impl_->listener = std::make_shared<Listener>(impl_->io, impl_->shared);
  auto& acceptor = impl_->listener->acceptor();
  const tcp::endpoint endpoint{ip, port};
  const auto fail = [&](std::string_view what) {
    return tl::unexpected("cannot " + std::string(what) + " " + address + ":" + std::to_string(port) + ": " +
                          ec.message());
  };
  acceptor.open(endpoint.protocol(), ec);
  if (ec) return fail("open a socket for");
  acceptor.set_option(net::socket_base::reuse_address(true), ec);
  if (ec) return fail("set SO_REUSEADDR on");
  acceptor.bind(endpoint, ec);
  if (ec) return fail("bind to");
  acceptor.listen(net::socket_base::max_listen_connections, ec);
  if (ec) return fail("listen on");
  return impl_->bound();
}

tl::expected<std::uint16_t, std::string> HttpServer::adopt(int listening_fd) {
  sockaddr_storage address{};
  socklen_t length = sizeof address;
  if (::getsockname(listening_fd, reinterpret_cast<sockaddr*>(&address), &length) != 0)
    return tl::unexpected(std::string("the socket systemd passed cannot be read"));
  if (address.ss_family != AF_INET && address.ss_family != AF_INET6)
    return tl::unexpected(std::string("the socket systemd passed is not a TCP/IP socket"));
  impl_->listener = std::make_shared<Listener>(impl_->io, impl_->shared);
  beast::error_code ec;
  impl_->listener->acceptor().assign(address.ss_family == AF_INET6 ? tcp::v6() : tcp::v4(), listening_fd, ec);
  if (ec) return tl::unexpected("cannot accept on the socket systemd passed: " + ec.message());
  return impl_->bound();
}

void HttpServer::start() {
  impl_->listener->start();
  impl_->flusher->start();
}

void HttpServer::stop() {
  impl_->shared->stopping = true;
  if (impl_->listener) impl_->listener->stop();
  impl_->flusher->stop();
  impl_->shared->stderr_lines.flush();
  std::lock_guard lock(impl_->shared->mutex);
  for (auto* session : impl_->shared->sessions) session->on_stop();
}

void HttpServer::flush_log() { impl_->shared->stderr_lines.flush(); }

std::int64_t HttpServer::open_connections() const { return impl_->shared->open_connections.load(); }

std::size_t HttpServer::max_connections() const { return impl_->shared->options.max_connections; }

std::optional<std::uint64_t> raise_open_files_limit() {
  rlimit limit{};
  if (::getrlimit(RLIMIT_NOFILE, &limit) != 0) return std::nullopt;
  if (limit.rlim_cur != limit.rlim_max) {
    const auto soft = limit.rlim_cur;
    limit.rlim_cur = limit.rlim_max;
    if (::setrlimit(RLIMIT_NOFILE, &limit) != 0) limit.rlim_cur = soft;
  }
  if (limit.rlim_cur == RLIM_INFINITY) return std::nullopt;
  return static_cast<std::uint64_t>(limit.rlim_cur);
}

}  // namespace agendad::http
