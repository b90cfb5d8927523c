// `agendad export`: every public URL the daemon serves, written to files for a static web server
// (deploy/nginx-agendad.conf) or a CDN (daemon/site/site_export.hpp). The bytes come from the
// daemon's own build_snapshot, so the export cannot drift from what `agendad serve` answers.
#include <filesystem>
#include <iostream>
#include <optional>
#include <string>

#include "daemon/cli/common.hpp"
#include "daemon/site/build_snapshot.hpp"
#include "daemon/site/site_export.hpp"

namespace agendad::cli {
namespace {

namespace fs = std::filesystem;

constexpr Usage usage{
    .name = "export",
    .description =
        "Writes every public page and feed that `agendad serve` would answer, byte for byte, to files\n"
        "under DIR named by their URL path (\"/\" is index.html), each with its Last-Modified as its\n"
        "modification time; HTML and JSON also as NAME.gz, the daemon's own gzip bytes. DIR/etags.map\n"
        "gives nginx the daemon's ETags and Cache-Control (see deploy/nginx-agendad.conf). Members'\n"
        "pages, /healthz and /metrics are not exported. Files a previous export wrote that are no\n"
        "longer served are removed; DIR must be empty or hold an earlier export.\n",
    .exit_status = "Exit status: 0 written; 1 the configuration has errors or a file cannot be written;\n"
                   "2 the command line is wrong.\n"};

struct Options {
  Options() { inputs.config_dir = "config"; }
  site::BuildInputs inputs;
  fs::path out;
};

CommandLine command_line(Options& options) {
  site::BuildInputs& inputs = options.inputs;
  CommandLine line(usage);
  line.add_options()
      ("config", word(&inputs.config_dir, "DIR"), "the configuration directory (default: config)")
      ("out", word(&options.out, "DIR")->required(), "where to write (created if missing)")
      ("state", word(&inputs.state_dir, "DIR"), "calendar SEQUENCE numbers, shared with the daemon's --state")
      ("as-of", date(&inputs.as_of), "as the programme stood on DATE (default: today, Europe/London)")
      ("base-url", http_url(&inputs.base_url), "the public address, for links in feeds and pages")
      ("threads", threads(&inputs.threads), "render on N threads (default: 1); the files are the same for any N");
  return line;
}

std::string help() {
  Options unused;
  return command_line(unused).help();
}

int run(Arguments arguments) {
  Options options;
  if (!command_line(options).parse(arguments)) return 2;
  const fs::path& out = options.out;
  if (auto refused = site::check_export_directory(out); !refused) {
    std::cerr << "agendad export: " << refused.error() << "\n";
    return 1;
  }
  auto snapshot = site::build_snapshot(options.inputs);
  if (!snapshot) {
    print_diagnostics(snapshot.error());
    return 1;
  }
  const auto exported = site::export_site(*snapshot, out);
  if (!exported) {
    std::cerr << "agendad export: " << exported.error() << "\n";
    return 1;
  }
  std::cout << "agendad export: " << *exported << " pages and feeds written to " << out.string() << "\n";
  return 0;
}

const bool registered =
    register_command({"export", "writes every public page and feed to files, for nginx or a CDN", help, run});

}  // namespace
}  // namespace agendad::cli
