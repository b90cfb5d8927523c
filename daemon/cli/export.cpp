// `agendad export`: every public URL the daemon serves, written to files for a static web server
// (deploy/nginx-agendad.conf) or a CDN (daemon/server/site_export.hpp). The bytes come from the
// daemon's own build_snapshot, so the export cannot drift from what `agendad serve` answers.
#include <filesystem>
#include <iostream>
#include <optional>
#include <string>

#include "daemon/cli/common.hpp"
#include "daemon/server/build_snapshot.hpp"
#include "daemon/server/site_export.hpp"

namespace agendad::cli {
namespace {

namespace fs = std::filesystem;

constexpr const char* usage =
    "Usage: agendad export [--config DIR] --out DIR [--state DIR] [--as-of DATE] [--base-url URL]\n\n"
    "Writes every public page and feed that `agendad serve` would answer, byte for byte, to files\n"
    "under DIR named by their URL path (\"/\" is index.html), each with its Last-Modified as its\n"
    "modification time; HTML and JSON also as NAME.gz, the daemon's own gzip bytes. DIR/etags.map\n"
    "gives nginx the daemon's ETags and Cache-Control (see deploy/nginx-agendad.conf). Members'\n"
    "pages, /healthz and /metrics are not exported. Files a previous export wrote that are no\n"
    "longer served are removed; DIR must be empty or hold an earlier export.\n\n"
    "  --config DIR    the configuration directory (default: config)\n"
    "  --out DIR       where to write (created if missing)\n"
    "  --state DIR     calendar SEQUENCE numbers, shared with the daemon's --state\n"
    "  --as-of DATE    as the programme stood on DATE (default: today, Europe/London)\n"
    "  --base-url URL  the public address, for links in feeds and pages\n\n"
    "Exit status: 0 written; 1 the configuration has errors or a file cannot be written;\n"
    "2 the command line is wrong.\n";

int usage_error(const std::string& message) { return cli::usage_error("export", usage, message); }

int run(Arguments arguments) {
  server::BuildInputs inputs;
  inputs.config_dir = "config";
  std::optional<fs::path> out;
  for (std::size_t i = 0; i < arguments.size(); ++i) {
    const std::string_view argument = arguments[i];
    if (argument != "--out" && !is_build_option(argument)) return usage_error(unexpected_argument(argument));
    const auto value = option_value(arguments, i);
    if (!value) return usage_error(needs_a_value(argument));
    if (argument == "--out")
      out = std::string(*value);
    else if (auto wrong = set_build_option(inputs, argument, *value))
      return usage_error(*wrong);
  }
  if (!out) return usage_error("--out DIR is required");

  if (auto refused = server::check_export_directory(*out); !refused) {
    std::cerr << "agendad export: " << refused.error() << "\n";
    return 1;
  }
  auto snapshot = server::build_snapshot(inputs);
  if (!snapshot) {
    print_diagnostics(snapshot.error());
    return 1;
  }
  const auto exported = server::export_site(*snapshot, *out);
  if (!exported) {
    std::cerr << "agendad export: " << exported.error() << "\n";
    return 1;
  }
  std::cout << "agendad export: " << *exported << " pages and feeds written to " << out->string() << "\n";
  return 0;
}

const bool registered =
    register_command({"export", "writes every public page and feed to files, for nginx or a CDN", usage, run});

}  // namespace
}  // namespace agendad::cli
