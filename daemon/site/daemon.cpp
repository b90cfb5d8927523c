#include "daemon/site/daemon.hpp"
#include "daemon/site/url_listing.hpp"

#include <algorithm>
#include <csignal>
#include <cstdlib>
#include <iostream>
#include <optional>
#include <thread>
#include <unistd.h>
#include <vector>

#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>

#include "daemon/site/config_watch.hpp"
#include "daemon/site/reloader.hpp"
#include "daemon/site/site_handler.hpp"
#include "daemon/site/systemd_notify.hpp"

namespace agendad::site {
namespace {

namespace net = boost::asio;

// Every second, abandons a reload that has run past its deadline, and pings systemd's watchdog
// while both the event loop and the reloader are alive: a wedged loop or a reload that never
// returns stops the pings, and systemd restarts the daemon.
class Heartbeat {
 public:
  Heartbeat(net::io_context& io, Reloader& reloader, std::chrono::milliseconds reload_deadline)
      : timer_(io), reloader_(reloader), reload_deadline_(reload_deadline), watchdog_(systemd::watchdog_interval()) {
    tick();
  }
  void stop() { timer_.cancel(); }

 private:
  void tick() {
    if (!reloader_.overdue(reload_deadline_) && watchdog_) systemd::watchdog();
    timer_.expires_after(std::min<std::chrono::microseconds>(watchdog_.value_or(std::chrono::seconds(1)),
                                                             std::chrono::seconds(1)));
    timer_.async_wait([this](boost::system::error_code ec) {
      if (!ec) tick();
    });
  }
  net::steady_timer timer_;
  Reloader& reloader_;
  std::chrono::milliseconds reload_deadline_;
  std::optional<std::chrono::microseconds> watchdog_;
};

// The host that links name: the listening address, or where it is every address (0.0.0.0, ::)
// the machine's name, which other machines can reach it by.
std::string host_for_links(const std::string& address) {
  if (address == "0.0.0.0" || address == "::") {
    char name[256] = {};
    if (::gethostname(name, sizeof name - 1) == 0 && name[0] != '\0') return name;
    return "localhost";
  }
  return address.find(':') != std::string::npos ? "[" + address + "]" : address;
}

// Listens where the options say, or on the socket systemd passed; returns the origin the daemon
// is reached at ("http://host:port"), or why it cannot listen.
tl::expected<std::string, std::string> open_listener(http::HttpServer& server, const DaemonOptions& options) {
  std::string origin;
  if (const auto fd = systemd::listening_socket()) {
    const auto port = server.adopt(*fd);
    if (!port) return tl::unexpected(port.error());
    origin = "http://localhost:" + std::to_string(*port);
  } else {
    const auto port = server.listen(options.address, options.port);
    if (!port) return tl::unexpected(port.error());
    origin = "http://" + host_for_links(options.address) + ":" + std::to_string(*port);
  }
  while (origin.ends_with('/')) origin.pop_back();
  return origin;
}

// SIGHUP reloads. The first SIGTERM or SIGINT stops accepting, closes idle connections and lets
// those with a request under way finish, for at most the drain time, then stops the event loop;
// both stay caught after it, so that a second one cannot kill the drain.
class Signals {
 public:
  struct Parts {
    net::io_context& io;
    http::HttpServer& server;
    Reloader& reloader;
    ConfigWatch& watch;
    Heartbeat& heartbeat;
    std::chrono::milliseconds drain_timeout;
  };
  explicit Signals(Parts parts) : parts_(parts), signals_(parts.io, SIGHUP, SIGTERM, SIGINT), drain_(parts.io) {
    wait();
  }

 private:
  void wait() {
    signals_.async_wait([this](boost::system::error_code ec, int signal) {
      if (ec) return;
      if (!stopping_ && signal == SIGHUP) parts_.reloader.reload("SIGHUP");
      if (!stopping_ && signal != SIGHUP) stop(signal);
      wait();
    });
  }

  void stop(int signal) {
    stopping_ = true;
    std::cerr << "agendad: stop (" << (signal == SIGTERM ? "SIGTERM" : "SIGINT") << "): finishing "
              << parts_.server.open_connections() << " connections\n";
    systemd::stopping();
    parts_.server.stop();
    parts_.watch.stop();
    parts_.heartbeat.stop();
    drain_deadline_ = std::chrono::steady_clock::now() + parts_.drain_timeout;
    check_drained();
  }

  void check_drained() {
    const auto open = parts_.server.open_connections();
    if (open == 0 || std::chrono::steady_clock::now() >= drain_deadline_) {
      if (open > 0) std::cerr << "agendad: stop: " << open << " connections cut after the drain time\n";
      parts_.io.stop();
      return;
    }
    drain_.expires_after(std::chrono::milliseconds(20));
    drain_.async_wait([this](boost::system::error_code ec) {
      if (!ec) check_drained();
    });
  }

  Parts parts_;
  net::signal_set signals_;
  net::steady_timer drain_;
  std::chrono::steady_clock::time_point drain_deadline_{};
  bool stopping_ = false;
};

// The links in pages and feeds: the configured base URL, or where the daemon listens.
std::string links_origin(const DaemonOptions& options, const std::string& listening) {
  std::string links = options.inputs.base_url.empty() ? listening : options.inputs.base_url;
  while (links.ends_with('/')) links.pop_back();
  return links;
}

void announce(const DaemonOptions& options, const http::HttpServer& server, const Published& published,
              const std::string& listening, std::optional<std::uint64_t> open_files) {
  std::cout << url_listing(*published.snapshot(), listening, links_origin(options, listening)) << std::flush;
  std::cerr << "agendad: start: listening at " << listening << "/ with " << options.threads << " threads\n";
  if (server.max_connections() < options.server.max_connections)
    std::cerr << "agendad: start: at most " << server.max_connections() << " connections, not "
              << options.server.max_connections << ": the limit on open files is " << open_files.value_or(0)
              << " (raise LimitNOFILE=)\n";
  systemd::ready("serving generation " + std::to_string(published.snapshot()->generation));
}

}  // namespace

int run_daemon(const DaemonOptions& options, const SnapshotBuilder& builder) {
  // Before anything opens a descriptor: every connection takes one.
  const auto open_files = http::raise_open_files_limit();
  // A closed stdout (a pipe whose reader went away) must not kill a server.
  std::signal(SIGPIPE, SIG_IGN);
  Published published;
  Metrics metrics;
  // Declared before the io_context, which outlives it: a session cut at the end of the drain is
  // destroyed with the io_context, and tells the handler as it goes.
  const SiteHandler handler(published, metrics);
  net::io_context io(static_cast<int>(options.threads));
  http::HttpServer server(io, options.server, handler);
  const auto listening = open_listener(server, options);
  if (!listening) {
    std::cerr << "agendad: " << listening.error() << "\n";
    return 1;
  }
  // Links in pages and feeds point where the daemon listens unless a base URL is configured.
  BuildInputs inputs = options.inputs;
  inputs.listen_url = *listening;
  inputs.threads = options.threads;  // the cores the daemon is given: for requests, and for a build
  Reloader reloader(published, builder, inputs);
  if (!reloader.load_now()) {
    std::cerr << "agendad: the configuration in " << options.inputs.config_dir.string()
              << " has errors; nothing is served until they are fixed\n";
    return 1;
  }
  ConfigWatch watch(io, options.debounce, [&](const std::string& changed) {
    reloader.reload("change to " + changed + " in " + options.inputs.config_dir.string());
  });
  if (const auto error = watch.watch(options.inputs.config_dir))
    std::cerr << "agendad: " << *error << "; reload with SIGHUP instead\n";
  Heartbeat heartbeat(io, reloader, options.reload_deadline);
  const Signals signals({io, server, reloader, watch, heartbeat, options.drain_timeout});

  server.start();
  announce(options, server, published, *listening, open_files);
  std::vector<std::jthread> threads;
  for (unsigned i = 1; i < options.threads; ++i) threads.emplace_back([&io] { io.run(); });
  io.run();
  threads.clear();
  server.flush_log();
  // The drain (5 s by default) and this wait stay within the unit's TimeoutStopSec=10s.
  if (!reloader.idle_within(std::chrono::seconds(2))) {
    // A reload that never returns must not keep the process past systemd's stop timeout. Its
    // writes are atomic (temporary file and rename), so leaving now loses nothing half-written.
    std::cerr << "agendad: stop: done, leaving a reload that has not returned\n";
    std::_Exit(0);
  }
  std::cerr << "agendad: stop: done\n";
  return 0;
}

}  // namespace agendad::site
