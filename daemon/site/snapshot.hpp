#pragma once
// What the daemon serves: every response body, rendered and compressed once when the
// configuration loads, so that a request is a lookup and a write. Snapshots are immutable; a
// reload builds a new one and swaps it in (see published.hpp).
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "daemon/http/digest.hpp"
#include "daemon/site/shared_bytes.hpp"
#include "planner/model/date.hpp"
#include "planner/model/diagnostic.hpp"

namespace agendad::site {

struct Resource {
  SharedBytes body;       // shared with the snapshots and caches that hold the same bytes
  SharedBytes gzip_body;  // empty: never compressed (calendars: Outlook fails on gzip feeds)
  std::string content_type;
  std::string etag;       // strong, quoted, from the digest of body
  std::string gzip_etag;  // the gzip representation is another representation: its own tag
  std::chrono::sys_seconds last_modified{};
  std::string last_modified_text;  // last_modified as an HTTP date, formatted once
  int max_age = 300;
};

// A resource for `body`; HTML, JSON, SVG and Atom are gzipped here, once, at the best compression.
Resource make_resource(SharedBytes body, std::string_view content_type, std::chrono::sys_seconds last_modified,
                       int max_age);
// The parts make_resource is made of, for Encodings (encodings.hpp), which reuses the last load's
// gzip bytes of an unchanged body:
std::string body_tag(std::string_view body);  // unquoted: the first 32 hex digits of its digest
bool compressible(std::string_view content_type);
// The level bodies are gzipped at (zlib's best); the gzip store names it, as other bytes come of another.
inline constexpr int gzip_level = 9;
std::string gzip(std::string_view body);
// `gzip_body` is `body` compressed, empty where the type is not compressible.
Resource assemble_resource(SharedBytes body, std::string_view content_type, const std::string& tag,
                           SharedBytes gzip_body, std::chrono::sys_seconds last_modified, int max_age);
// Keeps a resource's Last-Modified from an earlier snapshot when its body has not changed, so
// that a reload that changes nothing about a feed does not make every client fetch it again.
void set_last_modified(Resource& resource, std::chrono::sys_seconds when);

// Looked up by string_view, so that finding a path allocates nothing.
struct PathHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view path) const { return std::hash<std::string_view>{}(path); }
};
using Resources = std::unordered_map<std::string, Resource, PathHash, std::equal_to<>>;  // by path: "/calendars/ilsc.ics"

struct Snapshot {
  Resources public_resources;
  // Members' versions, by the path after /members/<token>: "/", "/calendars/ilsc.ics".
  Resources member_resources;
  std::vector<http::Digest> member_tokens;  // digests of the tokens in the secrets file
  std::string config_hash;            // hex digest of the configuration directory's files
  std::chrono::sys_seconds loaded_at{};
  std::uint64_t generation = 0;       // set by the reloader: 1 for the first load
  std::vector<std::string> warnings;  // located, one a line, for the log
  // The pages and feeds this load rendered: all of them, or none where nothing they are made from
  // had changed since the last load that succeeded (rendered_from.hpp) and that load's are served.
  std::size_t rendered = 0;
};

// What a build reads. Builds run off the I/O threads, one at a time.
struct BuildInputs {
  std::filesystem::path config_dir;
  std::optional<std::filesystem::path> secrets_file;
  std::optional<std::filesystem::path> state_dir;
  std::optional<planner::Date> as_of;  // absent: today in Europe/London at build time
  std::string base_url;       // absent from the command line: the configuration's calendar.base_url
  std::string listen_url;     // where the daemon listens: the base URL when neither gives one
  unsigned threads = 1;       // render on this many threads (the bytes are the same for any number)
  // The time the build records changes at (DTSTAMP, Last-Modified, the changes feed); absent: the
  // system clock when the build starts. Given, two builds from the same state make the same bytes.
  std::optional<std::chrono::sys_seconds> now;
};

using SnapshotBuilder = std::function<planner::Result<Snapshot>(const BuildInputs&)>;

}  // namespace agendad::site
