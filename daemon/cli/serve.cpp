// `agendad serve`: the HTTP daemon.
#include <charconv>
#include <optional>
#include <string>

#include "daemon/cli/common.hpp"
#include "daemon/site/build_snapshot.hpp"
#include "daemon/site/daemon.hpp"

namespace agendad::cli {
namespace {

constexpr const char* usage =
    "Usage: agendad serve [--config DIR] [--listen ADDR:PORT] [--threads N] [--state DIR]\n"
    "                     [--as-of DATE] [--base-url URL] [--secrets FILE]\n\n"
    "Serves the programme's calendar feeds, agenda drafts, work programmes and flags over HTTP,\n"
    "from memory. Reloads on SIGHUP and whenever a file in the configuration directory changes;\n"
    "a configuration with errors changes nothing served, and /healthz shows its errors.\n"
    "SIGTERM or SIGINT stops accepting, lets requests in flight finish (5 s at most), exits 0.\n"
    "Under systemd: Type=notify, WatchdogSec= and socket activation are supported.\n\n"
    "  --config DIR       the configuration directory (default: config)\n"
    "  --listen ADDR:PORT where to listen (default: 127.0.0.1:8080; [::1]:8080 for IPv6;\n"
    "                     port 0 takes a free port); ignored under socket activation\n"
    "  --threads N        I/O threads (default: 1)\n"
    "  --state DIR        where calendar SEQUENCE numbers are kept across restarts\n"
    "  --as-of DATE       plan and publish as the programme stood on DATE (default: today,\n"
    "                     Europe/London, at each load)\n"
    "  --base-url URL     the public address, for links in feeds and pages\n"
    "                     (default: the configuration's calendar.base_url)\n"
    "  --secrets FILE     members' tokens, one hex token (32+ digits) a line, mode 0600;\n"
    "                     enables /members/<token>/...\n"
    "  --header-timeout-ms N   time allowed for a request's headers (default: 10000)\n"
    "  --idle-timeout-ms N     time a kept-alive connection may idle (default: 30000)\n"
    "  --max-connections N     open connections before new ones get 503 (default: 4096)\n"
    "  --drain-timeout-ms N    time requests in flight get on stop (default: 5000)\n"
    "  --reload-deadline-ms N  time a reload may take before it is abandoned, /healthz says so\n"
    "                          and systemd's watchdog is no longer fed (default: 120000)\n\n"
    "Exit status: 0 stopped cleanly; 1 the first load or the listening socket failed;\n"
    "2 the command line is wrong.\n";

int usage_error(const std::string& message) { return cli::usage_error("serve", usage, message); }

template <typename Number>
std::optional<Number> parse_number(std::string_view text) {
  Number value{};
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  return value;
}

// "127.0.0.1:8080", "[::1]:8080", "0.0.0.0:0".
bool parse_listen(std::string_view text, site::DaemonOptions& options) {
  const auto colon = text.rfind(':');
  if (colon == std::string_view::npos) return false;
  auto address = text.substr(0, colon);
  if (address.starts_with('[') && address.ends_with(']')) address = address.substr(1, address.size() - 2);
  const auto port = parse_number<std::uint16_t>(text.substr(colon + 1));
  if (address.empty() || !port) return false;
  options.address = std::string(address);
  options.port = *port;
  return true;
}

bool is_serve_option(std::string_view option) {
  return is_build_option(option) || option == "--listen" || option == "--threads" || option == "--secrets" ||
         option == "--header-timeout-ms" || option == "--idle-timeout-ms" || option == "--drain-timeout-ms" ||
         option == "--reload-deadline-ms" || option == "--max-connections";
}

// Sets `option` (one of the above) to `value`; returns the message of a bad value, or nullopt.
std::optional<std::string> set_serve_option(site::DaemonOptions& options, std::string_view option,
                                            std::string_view value) {
  if (is_build_option(option)) return set_build_option(options.inputs, option, value);
  const auto milliseconds = [&](std::chrono::milliseconds& into) -> std::optional<std::string> {
    const auto number = parse_number<unsigned>(value);
    if (!number || *number == 0) return invalid_value(option, value, "a number of milliseconds above 0");
    into = std::chrono::milliseconds(*number);
    return std::nullopt;
  };
  if (option == "--listen") {
    if (!parse_listen(value, options)) return invalid_value(option, value, "ADDR:PORT, as 127.0.0.1:8080 or [::1]:8080");
  } else if (option == "--threads") {
    const auto threads = parse_number<unsigned>(value);
    if (!threads || *threads < 1 || *threads > 256) return invalid_value(option, value, "a number from 1 to 256");
    options.threads = *threads;
  } else if (option == "--secrets") {
    options.inputs.secrets_file = std::string(value);
  } else if (option == "--header-timeout-ms") {
    return milliseconds(options.server.header_timeout);
  } else if (option == "--idle-timeout-ms") {
    return milliseconds(options.server.idle_timeout);
  } else if (option == "--drain-timeout-ms") {
    return milliseconds(options.drain_timeout);
  } else if (option == "--reload-deadline-ms") {
    return milliseconds(options.reload_deadline);
  } else {
    const auto limit = parse_number<std::size_t>(value);
    if (!limit || *limit < 1) return invalid_value(option, value, "a number above 0");
    options.server.max_connections = *limit;
  }
  return std::nullopt;
}

int run(Arguments arguments) {
  site::DaemonOptions options;
  options.inputs.config_dir = "config";
  for (std::size_t i = 0; i < arguments.size(); ++i) {
    const std::string_view argument = arguments[i];
    if (!is_serve_option(argument)) return usage_error(unexpected_argument(argument));
    const auto value = option_value(arguments, i);
    if (!value) return usage_error(needs_a_value(argument));
    if (auto wrong = set_serve_option(options, argument, *value)) return usage_error(*wrong);
  }
  return site::run_daemon(options, site::snapshot_builder());
}

const bool registered = register_command({"serve", "serve the feeds and pages over HTTP, reloading live", usage, run});

}  // namespace
}  // namespace agendad::cli
