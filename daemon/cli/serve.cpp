// `agendad serve`: the HTTP daemon.
#include <cstdint>
#include <optional>
#include <string>

#include "daemon/cli/common.hpp"
#include "daemon/site/build_snapshot.hpp"
#include "daemon/site/daemon.hpp"

namespace agendad::cli {
namespace {

constexpr Usage usage{
    .name = "serve",
    .description =
        "Serves the programme's calendar feeds, agenda drafts, work programmes and flags over HTTP,\n"
        "from memory. Reloads on SIGHUP and whenever a file in the configuration directory changes;\n"
        "a configuration with errors changes nothing served, and /healthz shows its errors.\n"
        "SIGTERM or SIGINT stops accepting, lets requests in flight finish (5 s at most), exits 0.\n"
        "Under systemd: Type=notify, WatchdogSec= and socket activation are supported.\n",
    .exit_status = "Exit status: 0 stopped cleanly; 1 the first load or the listening socket failed;\n"
                   "2 the command line is wrong.\n"};

// "127.0.0.1:8080", "[::1]:8080", "0.0.0.0:0".
struct Listen {
  std::string address;
  std::uint16_t port = 0;
};

std::optional<Listen> parse_listen(std::string_view text) {
  const auto colon = text.rfind(':');
  if (colon == std::string_view::npos) return std::nullopt;
  auto address = text.substr(0, colon);
  if (address.starts_with('[') && address.ends_with(']')) address = address.substr(1, address.size() - 2);
  const auto port = parse_number<std::uint16_t>(text.substr(colon + 1));
  if (address.empty() || !port) return std::nullopt;
  return Listen{std::string(address), *port};
}

// ADDR:PORT, setting both.
Reading<Listen>* listen(site::DaemonOptions& options) {
  return reading<Listen>(nullptr, "ADDR:PORT", parse_listen, expected("ADDR:PORT, as 127.0.0.1:8080 or [::1]:8080"))
      ->notifier([&options](const Listen& given) {
        options.address = given.address;
        options.port = given.port;
      });
}

Reading<std::chrono::milliseconds>* milliseconds(std::chrono::milliseconds* into) {
  const auto parse = [](std::string_view text) -> std::optional<std::chrono::milliseconds> {
    const auto number = parse_number<unsigned>(text);
    if (!number || *number == 0) return std::nullopt;
    return std::chrono::milliseconds(*number);
  };
  return reading<std::chrono::milliseconds>(into, "N", parse, expected("a number of milliseconds above 0"));
}

Reading<std::size_t>* above_zero(std::size_t* into) {
  const auto parse = [](std::string_view text) -> std::optional<std::size_t> {
    const auto number = parse_number<std::size_t>(text);
    if (!number || *number < 1) return std::nullopt;
    return number;
  };
  return reading<std::size_t>(into, "N", parse, expected("a number above 0"));
}

CommandLine command_line(site::DaemonOptions& options) {
  site::BuildInputs& inputs = options.inputs;
  CommandLine line(usage);
  line.add_options()
      ("config", word(&inputs.config_dir, "DIR"), "the configuration directory (default: config)")
      ("listen", listen(options),
       "where to listen (default: 127.0.0.1:8080; [::1]:8080 for IPv6; port 0 takes a free port); ignored under "
       "socket activation")
      ("threads", threads(&options.threads), "threads serving requests, and rendering at each load (default: 1)")
      ("state", word(&inputs.state_dir, "DIR"), "where calendar SEQUENCE numbers are kept across restarts")
      ("as-of", date(&inputs.as_of),
       "plan and publish as the programme stood on DATE (default: today, Europe/London, at each load)")
      ("base-url", http_url(&inputs.base_url),
       "the public address, for links in feeds and pages (default: the configuration's calendar.base_url)")
      ("secrets", word(&inputs.secrets_file, "FILE"),
       "members' tokens, one hex token (32+ digits) a line, mode 0600; enables /members/<token>/...")
      ("header-timeout-ms", milliseconds(&options.server.header_timeout),
       "time allowed for a request's headers (default: 10000)")
      ("idle-timeout-ms", milliseconds(&options.server.idle_timeout),
       "time a kept-alive connection may idle (default: 30000)")
      ("max-connections", above_zero(&options.server.max_connections),
       "open connections before new ones get 503 (default: 4096)")
      ("drain-timeout-ms", milliseconds(&options.drain_timeout), "time requests in flight get on stop (default: 5000)")
      ("reload-deadline-ms", milliseconds(&options.reload_deadline),
       "time a reload may take before it is abandoned, /healthz says so and systemd's watchdog is no longer fed "
       "(default: 120000)");
  return line;
}

std::string help() {
  site::DaemonOptions unused;
  return command_line(unused).help();
}

int run(Arguments arguments) {
  site::DaemonOptions options;
  options.inputs.config_dir = "config";
  if (!command_line(options).parse(arguments)) return 2;
  return site::run_daemon(options, site::snapshot_builder());
}

const bool registered = register_command({"serve", "serve the feeds and pages over HTTP, reloading live", help, run});

}  // namespace
}  // namespace agendad::cli
