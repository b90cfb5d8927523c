#pragma once
// `agendad serve`: loads the configuration, serves it, reloads it on SIGHUP and on any change in
// the configuration directory, and stops on SIGTERM or SIGINT after the requests in flight.
#include <chrono>
#include <cstdint>
#include <string>

#include "daemon/http/server.hpp"
#include "daemon/site/snapshot.hpp"

namespace agendad::site {

struct DaemonOptions {
  BuildInputs inputs;
  std::string address = "127.0.0.1";  // ignored under socket activation
  std::uint16_t port = 8080;
  unsigned threads = 1;
  http::ServerOptions server;
  std::chrono::milliseconds drain_timeout{5'000};
  std::chrono::milliseconds debounce{200};
  // A reload still running after this long is abandoned (see Reloader::overdue).
  std::chrono::milliseconds reload_deadline{120'000};
};

// Runs until SIGTERM or SIGINT; the process's exit status: 0 after a clean stop, 1 when the first
// load or the listening socket failed (the reasons are on stderr).
int run_daemon(const DaemonOptions& options, const SnapshotBuilder& builder);

}  // namespace agendad::site
