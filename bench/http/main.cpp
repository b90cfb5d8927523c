// bench_http: the daemon's HTTP server on a snapshot of a configuration, with its per-request
// access log switched off or kept, for measuring what the log costs (bench/http/run compares it
// with `agendad serve`). Not a product: no reloads, no signals, no systemd; stops when killed.
//   bench_http --config DIR --port N [--as-of YYYY-MM-DD] [--threads N] [--log]
#include <charconv>
#include <iostream>
#include <string_view>
#include <thread>
#include <vector>

#include <boost/asio/io_context.hpp>

#include "daemon/site/build_snapshot.hpp"
#include "daemon/http/server.hpp"
#include "daemon/site/site_handler.hpp"

int main(int argc, char** argv) {
  using namespace agendad::site;
  namespace http = agendad::http;
  BuildInputs inputs;
  inputs.config_dir = "config";
  std::uint16_t port = 0;
  unsigned threads = 1;
  bool log = false;
  for (int i = 1; i < argc; ++i) {
    const std::string_view option = argv[i];
    const std::string_view value = i + 1 < argc ? argv[i + 1] : "";
    if (option == "--log") {
      log = true;
      continue;
    }
    ++i;
    if (option == "--config") {
      inputs.config_dir = std::string(value);
    } else if (option == "--as-of") {
      inputs.as_of = agendad::planner::parse_iso_date(value);
    } else if (option == "--port") {
      std::from_chars(value.data(), value.data() + value.size(), port);
    } else if (option == "--threads") {
      std::from_chars(value.data(), value.data() + value.size(), threads);
    } else {
      std::cerr << "usage: bench_http --config DIR --port N [--as-of DATE] [--threads N] [--log]\n";
      return 2;
    }
  }
  auto snapshot = build_snapshot(inputs);
  if (!snapshot) {
    for (const auto& diagnostic : snapshot.error()) std::cerr << agendad::planner::format_line(diagnostic) << "\n";
    return 1;
  }
  Published published;
  published.publish(std::move(*snapshot));
  Metrics metrics;
  http::ServerOptions options;
  if (!log) options.log = [](std::string_view) {};
  const SiteHandler handler(published, metrics);
  boost::asio::io_context io(static_cast<int>(threads));
  http::HttpServer server(io, options, handler);
  const auto bound = server.listen("127.0.0.1", port);
  if (!bound) {
    std::cerr << "bench_http: " << bound.error() << "\n";
    return 1;
  }
  server.start();
  std::cout << "bench_http: listening on 127.0.0.1:" << *bound << (log ? " with" : " without") << " the access log\n"
            << std::flush;
  std::vector<std::jthread> pool;
  for (unsigned i = 1; i < threads; ++i) pool.emplace_back([&io] { io.run(); });
  io.run();
}
