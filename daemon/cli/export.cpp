// `agendad export`: every public URL the daemon serves, written to files for a static web server
// (deploy/nginx-agendad.conf) or a CDN. The bytes come from the daemon's own build_snapshot, so
// the export cannot drift from what `agendad serve` answers.
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

#include "daemon/cli/common.hpp"
#include "daemon/site/build_snapshot.hpp"
#include "daemon/state/write_atomically.hpp"

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

// Lists what the last export wrote, so that the next one removes only its own files.
constexpr const char* manifest_name = ".agendad-export";
constexpr const char* etag_map_name = "etags.map";

int usage_error(const std::string& message) { return cli::usage_error("export", usage, message); }

// The file for a URL path, relative to the output directory: "/" and other directory paths get
// index.html, as web servers look them up. Empty for a path that could land outside the
// directory or that a web server would not map back to the same URL.
std::string file_for(std::string_view url_path) {
  if (!url_path.starts_with('/')) return {};
  for (const char c : url_path)
    if (static_cast<unsigned char>(c) <= ' ' || c == '%' || c == '\\' || c == '"' || c == '\'' || c == 0x7f) return {};
  std::string file(url_path.substr(1));
  if (file.empty() || file.ends_with('/')) file += "index.html";
  for (const auto& segment : fs::path(file))
    if (segment == ".." || segment == "." || segment.string().starts_with('.')) return {};
  return file;
}

// nginx `map` blocks, included at http level by deploy/nginx-agendad.conf:
//  $agendad_etag_served   the daemon's ETag for the file nginx sent: by $uri, and by whether
//                         gzip_static sent the .gz (its tag is the daemon's gzip tag);
//  $agendad_not_modified  the tag of the file at $uri that If-None-Match names exactly, for a 304;
//  $agendad_cache_control the daemon's Cache-Control for $uri.
// Keys are by file ("/index.html" for "/"): what $uri holds once nginx's index has looked it up.
std::string etag_map(const std::map<std::string, const site::Resource*>& files) {
  std::ostringstream served, matched, cache;
  for (const auto& [file, resource] : files) {
    const auto uri = "/" + file;
    served << "  '" << uri << "|' '" << resource->etag << "';\n";
    matched << "  '" << uri << "|" << resource->etag << "' '" << resource->etag << "';\n";
    if (!resource->gzip_body.empty()) {
      served << "  '" << uri << "|gzip' '" << resource->gzip_etag << "';\n";
      matched << "  '" << uri << "|" << resource->gzip_etag << "' '" << resource->gzip_etag << "';\n";
    }
    cache << "  '" << uri << "' 'public, max-age=" << resource->max_age << "';\n";
  }
  // nginx's map hashes must hold the longest key and every key: a key is a URI and a tag.
  std::size_t longest = 0;
  for (const auto& [file, resource] : files) longest = std::max(longest, file.size() + resource->etag.size() + 8);
  std::size_t bucket = 64;
  while (bucket < longest) bucket *= 2;
  return "# Written by `agendad export`: the daemon's ETags and Cache-Control for nginx.\n"
         "map_hash_bucket_size " + std::to_string(bucket) + ";\nmap_hash_max_size " +
         std::to_string(std::max<std::size_t>(2048, 4 * files.size())) + ";\n"
         "map \"$uri|$sent_http_content_encoding\" $agendad_etag_served {\n  default '';\n" +
         served.str() + "}\nmap \"$uri|$http_if_none_match\" $agendad_not_modified {\n  default '';\n" +
         matched.str() +
         "}\n# On a 304 the tag is the one matched; otherwise the one of the file sent.\n"
         "map $agendad_not_modified $agendad_etag {\n  '' $agendad_etag_served;\n  default $agendad_not_modified;\n}\n"
         "map $uri $agendad_cache_control {\n  default '';\n" +
         cache.str() + "}\n";
}

std::set<std::string> read_manifest(const fs::path& out) {
  std::set<std::string> files;
  std::ifstream in(out / manifest_name);
  for (std::string line; std::getline(in, line);)
    if (!file_for("/" + line).empty() || line == etag_map_name) files.insert(line);
  return files;
}

int run(Arguments arguments) {
  site::BuildInputs inputs;
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

  std::error_code ec;
  if (fs::exists(*out, ec) && !fs::is_empty(*out, ec) && !fs::exists(*out / manifest_name, ec)) {
    std::cerr << "agendad export: " << out->string()
              << " is not empty and holds no earlier export; refusing to write into it\n";
    return 1;
  }
  auto snapshot = site::build_snapshot(inputs);
  if (!snapshot) {
    print_diagnostics(snapshot.error());
    return 1;
  }

  const auto previous = read_manifest(*out);
  std::set<std::string> written;
  std::string error;
  // Each file replaced whole (a web server reading concurrently sees the old file or the new),
  // with its Last-Modified as its modification time. Durability is one syncfs at the end, not an
  // fsync per file: a council's export is thousands of files.
  const auto write = [&](const std::string& file, std::string_view bytes, std::chrono::sys_seconds modified) {
    const auto path = *out / file;
    std::error_code ec;
    fs::create_directories(path.parent_path(), ec);
    if (ec) return error = "cannot create " + path.parent_path().string() + ": " + ec.message(), false;
    auto done = state::write_atomically(path, bytes, {.modified = modified});
    if (!done) return error = done.error(), false;
    written.insert(file);
    return true;
  };
  // "/" and "/index.html" are one file: the daemon must then serve the same bytes at both.
  std::map<std::string, const site::Resource*> files;
  for (const auto& [path, resource] : snapshot->public_resources) {
    const auto file = file_for(path);
    if (file.empty()) {
      std::cerr << "agendad export: the URL path \"" << path << "\" cannot be a file name\n";
      return 1;
    }
    const auto [at, fresh] = files.emplace(file, &resource);
    if (!fresh && at->second->body != resource.body) {
      std::cerr << "agendad export: two URLs with different bodies would both be " << file << "\n";
      return 1;
    }
  }
  for (const auto& [file, resource] : files) {
    if (!write(file, resource->body, resource->last_modified) ||
        (!resource->gzip_body.empty() && !write(file + ".gz", resource->gzip_body, resource->last_modified))) {
      std::cerr << "agendad export: " << error << "\n";
      return 1;
    }
  }
  const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  if (!write(etag_map_name, etag_map(files), now)) {
    std::cerr << "agendad export: " << error << "\n";
    return 1;
  }
  // Every file reaches the disk before the manifest that names them.
  if (const int dir = ::open(out->c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dir >= 0) {
    const bool synced = ::syncfs(dir) == 0;
    ::close(dir);
    if (!synced) {
      std::cerr << "agendad export: cannot sync " << out->string() << ": " << std::strerror(errno) << "\n";
      return 1;
    }
  }
  std::string manifest;
  for (const auto& file : written) manifest += file + "\n";
  if (auto done = state::write_atomically(*out / manifest_name, manifest, {.modified = now}); !done) {
    std::cerr << "agendad export: " << done.error() << "\n";
    return 1;
  }
  for (const auto& file : previous)
    if (!written.contains(file)) fs::remove(*out / file, ec);
  // What an export killed while writing left behind.
  std::set<fs::path> directories;
  for (const auto& file : written) directories.insert((*out / file).parent_path());
  for (const auto& directory : directories) state::remove_abandoned_temporaries(directory);

  std::cout << "agendad export: " << snapshot->public_resources.size() << " pages and feeds written to "
            << out->string() << "\n";
  return 0;
}

const bool registered =
    register_command({"export", "writes every public page and feed to files, for nginx or a CDN", usage, run});

}  // namespace
}  // namespace agendad::cli
