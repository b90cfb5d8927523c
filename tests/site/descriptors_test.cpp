// A server that has run out of descriptors: accept fails while the connection it was for waits
// in the backlog, and its client would hang unanswered until a descriptor came free. The server
// gives up a spare descriptor to answer such a connection 503 and close it, and serves again
// once descriptors are free. The server runs in a child process, whose descriptors can all be
// taken without starving this test's clients.
#include <functional>
#include <vector>

#include <fcntl.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <gtest/gtest.h>

#include "daemon/http/server.hpp"
#include "daemon/site/site_handler.hpp"
#include "tests/site/fixture.hpp"
#include "tests/site/net_client.hpp"

namespace agendad::site {
namespace {

using namespace std::chrono_literals;
namespace net = boost::asio;

// The child: a server on a free port (written to `port_out`). On `control`, 't' takes every
// descriptor left (and writes 't' to `port_out` once it has) and 'r' frees them; its end of file
// stops the server. (The descriptors are taken after a first request has been served and its
// connection has closed, which UBSan's checks of dynamic types need: the first check of each type,
// the session's destructor's among them, opens a pipe, and one that cannot reports a false error.)
[[noreturn]] void serve_without_descriptors(int port_out, int control) {
  rlimit limit{};
  ::getrlimit(RLIMIT_NOFILE, &limit);
  limit.rlim_cur = std::min<rlim_t>(limit.rlim_max, 256);
  if (::setrlimit(RLIMIT_NOFILE, &limit) != 0) ::_exit(3);
  Published published;
  published.publish(testing::fixture_snapshot());
  Metrics metrics;
  const SiteHandler handler(published, metrics);
  net::io_context io;
  http::ServerOptions options;
  options.log = [](std::string_view) {};
  http::HttpServer server(io, options, handler);
  const auto port = server.listen("127.0.0.1", 0);
  if (!port) ::_exit(2);
  server.start();
  std::vector<int> taken;
  if (::write(port_out, &*port, sizeof *port) != sizeof *port) ::_exit(4);
  ::fcntl(control, F_SETFL, O_NONBLOCK);
  net::steady_timer timer(io);
  bool take = false;  // asked to take them, once the first connection has gone
  std::function<void()> check = [&] {
    char byte = 0;
    const ssize_t n = take ? -1 : ::read(control, &byte, 1);  // -1: nothing read this time
    if (take && server.open_connections() == 0) {
      take = false;
      for (int fd = 0; (fd = ::open("/dev/null", O_RDONLY | O_CLOEXEC)) >= 0;) taken.push_back(fd);
      if (::write(port_out, "t", 1) != 1) ::_exit(5);
    }
    if (n == 0) {
      server.stop();
      io.stop();
      return;
    }
    if (n == 1 && byte == 't') {
      take = true;
    } else if (n == 1) {
      for (const int fd : taken) ::close(fd);
      taken.clear();
    }
    timer.expires_after(10ms);
    timer.async_wait([&](boost::system::error_code ec) {
      if (!ec) check();
    });
  };
  check();
  io.run();
  ::_exit(0);
}

TEST(Descriptors, OutOfDescriptorsANewClientGets503NotAHangAndIsServedOnceSomeAreFree) {
  int port_pipe[2];
  int control[2];
  ASSERT_EQ(::pipe2(port_pipe, O_CLOEXEC), 0);
  ASSERT_EQ(::pipe2(control, O_CLOEXEC), 0);
  const pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    ::close(port_pipe[0]);
    ::close(control[1]);
    serve_without_descriptors(port_pipe[1], control[0]);
  }
  ::close(port_pipe[1]);
  ::close(control[0]);
  std::uint16_t port = 0;
  pollfd readable{port_pipe[0], POLLIN, 0};
  ASSERT_EQ(::poll(&readable, 1, 60'000), 1);
  ASSERT_EQ(::read(port_pipe[0], &port, sizeof port), static_cast<ssize_t>(sizeof port));
  const auto served = [&] {
    const auto responses = testing::parse_responses(testing::fetch(port, "/calendars/ilsc.ics"));
    return responses.size() == 1 && responses[0].status == 200;
  };
  ASSERT_TRUE(served());
  ASSERT_EQ(::write(control[1], "t", 1), 1);
  char taken = 0;
  ASSERT_EQ(::poll(&readable, 1, 5'000), 1) << "the child did not say it had taken every descriptor";
  ASSERT_EQ(::read(port_pipe[0], &taken, 1), 1);
  ::close(port_pipe[0]);

  for (int i = 0; i < 5; ++i) {
    testing::Connection client(port);
    ASSERT_TRUE(client.connected());
    const auto bytes = client.read_until_closed(5s);
    const auto responses = testing::parse_responses(bytes);
    ASSERT_EQ(responses.size(), 1u) << i << ": " << bytes;
    EXPECT_EQ(responses[0].status, 503);
    EXPECT_EQ(responses[0].header("connection"), "close");
    EXPECT_EQ(responses[0].header("retry-after"), "1");
  }

  ASSERT_EQ(::write(control[1], "r", 1), 1);
  EXPECT_TRUE(testing::eventually(served, 5s));
  ::close(control[1]);
  int status = 0;
  ASSERT_EQ(::waitpid(child, &status, 0), child);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << status;
}

}  // namespace
}  // namespace agendad::site
