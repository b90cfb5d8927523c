#include "daemon/site/site_export.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <map>
#include <set>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

#include "daemon/state/write_atomically.hpp"
#include "feeds/reports/etag_map.hpp"
#include "feeds/urls/url_space.hpp"

namespace agendad::site {
namespace {

namespace fs = std::filesystem;

// Lists what the last export wrote, so that the next one removes only its own files.
constexpr const char* manifest_name = ".agendad-export";
constexpr const char* etag_map_name = "etags.map";

using Failure = tl::unexpected<std::string>;

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

std::set<std::string> read_manifest(const fs::path& out) {
  std::set<std::string> files;
  std::ifstream in(out / manifest_name);
  for (std::string line; std::getline(in, line);)
    if (!file_for("/" + line).empty() || line == etag_map_name) files.insert(line);
  return files;
}

using Files = std::map<std::string, const Resource*>;  // by file, relative to the output directory

// What the URL space (feeds/urls/url_space.hpp) says is rendered for the public, one file each.
// "/" and "/index.html" are one file: the daemon must then serve the same bytes at both.
tl::expected<Files, std::string> files_of(const Snapshot& snapshot) {
  Files files;
  for (const auto& [path, resource] : snapshot.public_resources) {
    if (!urls::is_rendered_for_the_public(path))
      return Failure("the URL path \"" + path + "\" is not in the URL space's public pages and feeds");
    const auto file = file_for(path);
    if (file.empty()) return Failure("the URL path \"" + path + "\" cannot be a file name");
    const auto [at, fresh] = files.emplace(file, &resource);
    if (!fresh && at->second->body != resource.body)
      return Failure("two URLs with different bodies would both be " + file);
  }
  return files;
}

// Each file replaced whole (a web server reading concurrently sees the old file or the new),
// remembered for the manifest. Durability is one syncfs at the end, not an fsync per file: a
// council's export is thousands of files.
struct Writer {
  fs::path out;
  std::set<std::string> written;

  tl::expected<void, std::string> write(const std::string& file, std::string_view bytes, std::chrono::sys_seconds modified) {
    const auto path = out / file;
    std::error_code ec;
    fs::create_directories(path.parent_path(), ec);
    if (ec) return Failure("cannot create " + path.parent_path().string() + ": " + ec.message());
    if (auto done = state::write_atomically(path, bytes, {.modified = modified}); !done) return done;
    written.insert(file);
    return {};
  }
};

tl::expected<void, std::string> write_files(Writer& writer, const Files& files) {
  for (const auto& [file, resource] : files) {
    if (auto done = writer.write(file, resource->body, resource->last_modified); !done) return done;
    if (resource->gzip_body.empty()) continue;
    if (auto done = writer.write(file + ".gz", resource->gzip_body, resource->last_modified); !done) return done;
  }
  return {};
}

std::string etag_map(const Files& files) {
  std::vector<reports::ExportedFile> exported;
  for (const auto& [file, resource] : files)
    exported.push_back({.file = file, .etag = resource->etag, .gzipped = !resource->gzip_body.empty(),
                        .gzip_etag = resource->gzip_etag, .max_age = resource->max_age});
  return reports::etag_map(exported);
}

tl::expected<void, std::string> sync_filesystem(const fs::path& out) {
  const int dir = ::open(out.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir < 0) return {};
  const bool synced = ::syncfs(dir) == 0;
  const int error = errno;
  ::close(dir);
  if (!synced) return Failure("cannot sync " + out.string() + ": " + std::strerror(error));
  return {};
}

// The manifest names what this export wrote; then what an earlier one wrote and this one did not
// is removed, and whatever an export killed while writing left behind.
tl::expected<void, std::string> settle(const Writer& writer, const std::set<std::string>& previous,
                                       std::chrono::sys_seconds now) {
  std::string manifest;
  for (const auto& file : writer.written) manifest += file + "\n";
  if (auto done = state::write_atomically(writer.out / manifest_name, manifest, {.modified = now}); !done) return done;
  std::error_code ec;
  for (const auto& file : previous)
    if (!writer.written.contains(file)) fs::remove(writer.out / file, ec);
  std::set<fs::path> directories;
  for (const auto& file : writer.written) directories.insert((writer.out / file).parent_path());
  for (const auto& directory : directories) state::remove_abandoned_temporaries(directory);
  return {};
}

}  // namespace

tl::expected<void, std::string> check_export_directory(const fs::path& out) {
  std::error_code ec;
  if (fs::exists(out, ec) && !fs::is_empty(out, ec) && !fs::exists(out / manifest_name, ec))
    return Failure(out.string() + " is not empty and holds no earlier export; refusing to write into it");
  return {};
}

tl::expected<std::size_t, std::string> export_site(const Snapshot& snapshot, const fs::path& out) {
  const auto previous = read_manifest(out);
  const auto files = files_of(snapshot);
  if (!files) return Failure(files.error());
  Writer writer{out, {}};
  if (auto done = write_files(writer, *files); !done) return Failure(done.error());
  const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  if (auto done = writer.write(etag_map_name, etag_map(*files), now); !done) return Failure(done.error());
  // Every file reaches the disk before the manifest that names them.
  if (auto done = sync_filesystem(out); !done) return Failure(done.error());
  if (auto done = settle(writer, previous, now); !done) return Failure(done.error());
  return snapshot.public_resources.size();
}

}  // namespace agendad::site
