#pragma once
// One HTTP/1.1 connection (Session, a template over the stream so tests drive it in memory); the
// wire format it reads and writes is in wire.hpp. Included by server.cpp, whose listener makes
// sessions over sockets, and by tests/support/in_memory_session.cpp (one over Beast's test stream).
#include <algorithm>
#include <array>
#include <atomic>
#include <charconv>
#include <memory_resource>
#include <mutex>
#include <optional>
#include <type_traits>
#include <unordered_set>
#include <sys/socket.h>
#include <unistd.h>
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include "daemon/http/batched_lines.hpp"
#include "daemon/http/handler.hpp"
#include "daemon/http/message.hpp"
#include "daemon/http/server.hpp"
#include "daemon/http/wire.hpp"

namespace agendad::http::session {

namespace beast = boost::beast;
namespace beast_http = beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;
using Clock = std::chrono::steady_clock;

// A connection's handlers run one at a time on its strand. The socket and its timer name the
// executor's type rather than Asio's type-erased any_io_executor, which costs a virtual call and
// a copy of the executor on every operation.
using Executor = net::strand<net::io_context::executor_type>;
using Socket = net::basic_stream_socket<tcp, Executor>;
using Timer = net::basic_waitable_timer<Clock, net::wait_traits<Clock>, Executor>;

constexpr std::size_t arena_size = 2048;  // the request's fields' arena (wire.hpp's FieldsAllocator)

constexpr std::chrono::seconds linger_timeout{2};
constexpr std::size_t linger_limit = std::size_t{64} * 1024;
constexpr std::size_t read_limit = std::size_t{64} * 1024;  // the most one read asks for

class SessionBase {
 public:
  virtual ~SessionBase() = default;
  virtual void on_stop() = 0;
};

// What every session of one server shares.
struct Shared {
  Shared(ServerOptions options, const Handler& handler) : options(std::move(options)), handler(handler) {}
  ServerOptions options;
  const Handler& handler;
  std::atomic<std::int64_t> open_connections{0};
  std::atomic<bool> stopping{false};
  std::mutex mutex;
  std::unordered_set<SessionBase*> sessions;

  BatchedLines stderr_lines{STDERR_FILENO};  // written by the server's LogFlusher and when it stops

  void log(std::string_view line) {
    if (options.log) return options.log(line);
    stderr_lines.add(line);
  }
};

// A socket stops sending and lets the client close; any other stream (the in-memory one of tests
// and fuzzing) can only close.
template <class Stream>
void shutdown_send(Stream& stream) {
  if constexpr (std::is_same_v<Stream, Socket>) {
    beast::error_code ignored;
    stream.shutdown(tcp::socket::shutdown_send, ignored);
  } else {
    stream.close();
  }
}
template <class Stream>
void close_now(Stream& stream) {
  if constexpr (std::is_same_v<Stream, Socket>) {
    beast::error_code ignored;
    stream.close(ignored);
  } else {
    stream.close();
  }
}

// Any stream but a socket (the in-memory one of tests and fuzzing) has no timeouts.
struct NoTimer {
  template <class AnyExecutor>
  explicit NoTimer(const AnyExecutor&) {}
};

// Beast's HTTP errors: the bytes were not a request (a request cut short included). End of
// stream between requests is the client leaving, not an error.
inline bool is_parse_error(const beast::error_code& ec) {
  return ec.category() == beast_http::make_error_code(beast_http::error::bad_method).category() &&
         ec != beast_http::error::end_of_stream;
}

template <class Stream>
class Session : public SessionBase, public std::enable_shared_from_this<Session<Stream>> {
  static constexpr bool timed = std::is_same_v<Stream, Socket>;

 public:
  Session(Stream stream, std::shared_ptr<Shared> shared)
      : stream_(std::move(stream)),
        timer_(stream_.get_executor()),
        shared_ptr_(std::move(shared)),
        shared_(*shared_ptr_) {
    if constexpr (timed) {
      beast::error_code ec;
      stream_.non_blocking(true, ec);
      write_at_once_ = !ec;
      // As nginx's tcp_nodelay: the end of a response that went out in pieces is not held back
      // waiting for the client's acknowledgement of the rest.
      stream_.set_option(tcp::no_delay(true), ec);
    }
    ++shared_.open_connections;
    shared_.handler.connection_opened();
    std::lock_guard lock(shared_.mutex);
    shared_.sessions.insert(this);
  }
  ~Session() override {
    {
      std::lock_guard lock(shared_.mutex);
      shared_.sessions.erase(this);
    }
    --shared_.open_connections;
    shared_.handler.connection_closed();
  }

  void run() {
    net::dispatch(stream_.get_executor(), [self = this->shared_from_this()] { self->wait_for_request(); });
  }

  void on_stop() override {
    net::post(stream_.get_executor(), [weak = this->weak_from_this()] {
      if (auto self = weak.lock(); self && self->idle_) close_now(self->stream_);
    });
  }

 private:
  // Waits for the first byte of the next request, unless a pipelined one is already buffered.
  void wait_for_request() {
    if (shared_.stopping) return finish();
    if (buffer_.size() > 0) return read_header();
    idle_ = true;
    arm(served_ ? shared_.options.idle_timeout : shared_.options.header_timeout);
    stream_.async_read_some(buffer_.prepare(beast::read_size(buffer_, read_limit)),
                            beast::bind_front_handler(&Session::on_first_bytes, this->shared_from_this()));
  }

  void on_first_bytes(beast::error_code ec, std::size_t bytes) {
    idle_ = false;
    if (ec) return;  // closed, timed out or stopped while idle: nothing to answer
    buffer_.commit(bytes);
    read_header();
  }

  void read_header() {
    parser_.reset();
    arena_.release();
    parser_.emplace(std::piecewise_construct, std::make_tuple(), std::make_tuple(FieldsAllocator(&arena_)));
    parser_->header_limit(shared_.options.header_limit);
    folded_ = false;
    arm(shared_.options.header_timeout);
    parse_header();
  }

  // Feeds the buffered bytes to the parser, reading more until it has the whole header (or its
  // limit is passed). This is beast_http::async_read_header's loop, less the post with which that
  // completes even when, as usual here, the header was in the buffer already.
  void parse_header() {
    if (buffer_.size() > 0) {
      beast::error_code ec;
      const auto used = parser_->put(buffer_.data(), ec);
      // Beast consumes a field line only with the first byte of the next, so a fold and the line
      // it continues are always in the same bytes consumed.
      folded_ = folded_ || has_obs_fold({static_cast<const char*>(buffer_.data().data()), used});
      buffer_.consume(used);
      if (ec != beast_http::error::need_more) return on_header(ec);
    }
    stream_.async_read_some(buffer_.prepare(beast::read_size(buffer_, read_limit)),
                            beast::bind_front_handler(&Session::on_header_bytes, this->shared_from_this()));
  }

  void on_header_bytes(beast::error_code ec, std::size_t bytes) {
    if (ec == net::error::eof) {
      // A request cut short is a parse error (400); nothing at all is the client leaving.
      ec = {};
      if (parser_->got_some())
        parser_->put_eof(ec);
      else
        ec = beast_http::error::end_of_stream;
      return on_header(ec);
    }
    if (ec) return on_header(ec);
    buffer_.commit(bytes);
    parse_header();
  }

  void on_header(beast::error_code ec) {
    started_ = Clock::now();
    if (ec == beast_http::error::header_limit) return send(error_reply(oversized_status()), false);
    if (is_parse_error(ec)) return send(error_reply(400), false);
    // A timed-out stream is already closed; end of stream and resets leave no one to answer.
    if (ec) return;

    const auto& message = parser_->get();
    Request request;
    request.method = message.method() == beast_http::verb::get    ? Method::get
                     : message.method() == beast_http::verb::head ? Method::head
                                                            : Method::other;
    request.target = message.target();
    request.if_none_match = list_field(message, beast_http::field::if_none_match, request.has_if_none_match, joined_);
    request.if_modified_since = field(message, beast_http::field::if_modified_since, request.has_if_modified_since);
    bool has_accept_encoding = false;
    request.accept_encoding = field(message, beast_http::field::accept_encoding, has_accept_encoding);
    log_line_.assign(message.method_string());
    log_line_ += ' ';
    shared_.handler.append_loggable_target(log_line_, request.target);

    Reply reply;
    if (folded_ || !well_framed(message)) {
      reply = error_reply(400);
    } else if (!parser_->is_done()) {
      // A body follows the headers. GET and HEAD have no use for one and other methods are not
      // served; the body is not read, so the connection cannot continue after the answer.
      reply = request.method == Method::other ? shared_.handler.respond(request, keep_) : error_reply(400);
      reply.close = true;
    } else {
      reply = shared_.handler.respond(request, keep_);
    }
    const bool keep_alive = message.keep_alive() && !reply.close && !shared_.stopping;
    http10_ = message.version() == 10;
    send(std::move(reply), keep_alive);
  }

  // The status for a request whose header passed the limit: 414 when the request line alone is
  // longer than the limit (its target, in practice), 431 when the fields are, and 400 when the
  // bytes are not a request line at all. Until the request line parses it is at the front of
  // the buffer, unconsumed; once it has, the fields passed the limit.
  unsigned oversized_status() const {
    if (!parser_->get().target().empty()) return 431;
    const std::string_view bytes(static_cast<const char*>(buffer_.data().data()), buffer_.size());
    const auto line_end = bytes.find('\n');
    if (line_end != std::string_view::npos && line_end < shared_.options.header_limit) return 431;
    // Beast has checked the method's characters: whether one ended, with a space, is what is left.
    const auto space = bytes.find(' ');
    return space != std::string_view::npos && space > 0 && space < line_end ? 414 : 400;
  }

  void send(Reply reply, bool keep_alive) {
    if (!parser_ || !parser_->is_header_done()) {
      started_ = Clock::now();
      log_line_ = "- -";
    }
    reply_ = std::move(reply);
    format_head(head_, reply_, keep_alive, http10_);
    const auto body = reply_.send_body ? reply_.body() : std::string_view{};
    const std::array<net::const_buffer, 2> buffers{net::buffer(head_), net::buffer(body.data(), body.size())};
    arm(shared_.options.write_timeout);
    if constexpr (timed) {
      // A response almost always fits the socket's buffer: one send now, as nginx does, spares
      // queueing a write and its completion, and the extra epoll_wait that queue costs.
      if (write_at_once_) return write_at_once(buffers, keep_alive);
    }
    net::async_write(stream_, buffers,
                     beast::bind_front_handler(&Session::on_write, this->shared_from_this(), keep_alive));
  }

  void write_at_once(const std::array<net::const_buffer, 2>& buffers, bool keep_alive) {
    beast::error_code ec;
    const std::size_t written = stream_.write_some(buffers, ec);
    if (ec == net::error::would_block || (!ec && written < net::buffer_size(buffers))) {
      beast::buffers_suffix<std::array<net::const_buffer, 2>> rest(buffers);
      rest.consume(written);
      return net::async_write(stream_, rest,
                              beast::bind_front_handler(&Session::on_write, this->shared_from_this(), keep_alive));
    }
    // With a pipelined request in the buffer, answering it from here would recurse once per
    // request the client sent at once: unwind through the executor instead.
    if (buffer_.size() > 0)
      return net::post(stream_.get_executor(),
                       beast::bind_front_handler(&Session::on_write, this->shared_from_this(), keep_alive, ec, written));
    on_write(keep_alive, ec, written);
  }

  void on_write(bool keep_alive, beast::error_code ec, std::size_t) {
    const auto latency = std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - started_);
    shared_.handler.answered(reply_, latency);
    log_line_ += ' ';
    append_number(log_line_, reply_.status);
    log_line_ += ' ';
    append_number(log_line_, reply_.send_body ? reply_.body().size() : 0);
    log_line_ += ' ';
    append_number(log_line_, static_cast<std::uint64_t>(latency.count()));
    log_line_ += "us";
    if (ec) {
      log_line_ += " (write failed: ";
      log_line_ += timed_out_ ? "timed out" : ec.message();
      log_line_ += ')';
    }
    shared_.log(log_line_);
    reply_ = Reply{};
    keep_.reset();
    ++served_;
    if (ec) return;
    if (!keep_alive) return finish();
    wait_for_request();
  }

  // Closes gracefully: stop sending, then read and discard what the client still sends (a
  // body we refused, say) until it closes, so that the kernel does not answer unread data with
  // a reset that could destroy the response before the client reads it.
  void finish() {
    shutdown_send(stream_);
    buffer_.clear();
    arm(std::chrono::duration_cast<std::chrono::milliseconds>(linger_timeout));
    linger(beast::error_code{}, 0);
  }

  void linger(beast::error_code ec, std::size_t bytes) {
    lingered_ += bytes;
    if (ec || lingered_ > linger_limit) return;
    stream_.async_read_some(buffer_.prepare(4096),
                            beast::bind_front_handler(&Session::linger, this->shared_from_this()));
  }

  // One timer per connection, aimed at a deadline that every read and write moves. Moving the
  // deadline later is a store, where re-arming a timer at each operation would take the timer
  // queue's lock twice: the timer wakes at the deadline it was set for and, if the deadline has
  // moved on, waits again for the new one, which is at most once per timeout. Only a deadline
  // earlier than the timer's (an idle timeout shorter than the header timeout) re-arms it at once.
  void arm(std::chrono::milliseconds timeout) {
    if constexpr (timed) {
      deadline_ = Clock::now() + timeout;
      if (timer_waits_ == 0 || deadline_ < timer_.expiry()) watch_deadline();
    }
  }

  void watch_deadline() {
    timer_.expires_at(deadline_);  // cancels a wait under way: its handler sees operation_aborted
    ++timer_waits_;
    // A weak reference: the timer alone does not keep a finished connection alive.
    timer_.async_wait([weak = this->weak_from_this()](beast::error_code ec) {
      const auto self = weak.lock();
      if (!self) return;
      --self->timer_waits_;
      if (ec || self->timer_waits_ > 0) return;  // cancelled, or a later wait covers the deadline
      if (Clock::now() < self->deadline_) return self->watch_deadline();
      self->timed_out_ = true;
      close_now(self->stream_);
    });
  }

  Stream stream_;
  std::conditional_t<timed, Timer, NoTimer> timer_;
  Clock::time_point deadline_{};
  int timer_waits_ = 0;
  bool write_at_once_ = false;  // the socket is non-blocking: a send never waits
  bool timed_out_ = false;
  // Owned jointly, so that a session outliving its server (cut at the end of the drain) is safe.
  std::shared_ptr<Shared> shared_ptr_;
  Shared& shared_;
  beast::flat_buffer buffer_;
  std::array<std::byte, arena_size> arena_bytes_;
  std::pmr::monotonic_buffer_resource arena_{arena_bytes_.data(), arena_bytes_.size()};
  std::optional<Parser> parser_;
  std::shared_ptr<const void> keep_;  // what the reply's bytes live in, kept alive while they are written
  Reply reply_;
  std::string head_;
  std::string log_line_;
  Clock::time_point started_{};
  std::uint64_t served_ = 0;
  std::string joined_;  // a list field given in several lines, as one
  bool idle_ = false;
  bool http10_ = false;
  bool folded_ = false;  // the header being read has an obs-fold
  std::size_t lingered_ = 0;
};
}  // namespace agendad::http::session
