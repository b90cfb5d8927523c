#pragma once
// The gzip bytes of the bodies a run served, kept in the state directory ("gzip") so that a
// restarted daemon compresses only the bodies that changed while it was stopped: compressing every
// page at the best level was about a quarter of a start's work at 300 committees. Each entry is
// named by its body's tag (the digest the ETag is made from), so a body finds its gzip bytes by
// what it is, wherever it is served. The file is one whole (replaced atomically), its last line
// the digest of everything before it; a file that is damaged, or was written with another zlib or
// level (whose bytes would differ from what this run would make under the same ETag), is not used.
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include <tl/expected.hpp>

#include "daemon/site/shared_bytes.hpp"

namespace agendad::site {

using GzipByTag = std::unordered_map<std::string, SharedBytes>;

struct ReadGzipStore {
  GzipByTag gzip;       // empty when there is no file or it cannot be used
  std::string problem;  // why a file that is there cannot be used; empty when it can, or is absent
};

std::filesystem::path gzip_store_path(const std::filesystem::path& state_dir);

// The text of the store: a header naming the format, zlib's version and the level, each entry's
// tag and length and bytes, and a last line with the digest of all before it.
std::string serialise_gzip_store(const std::vector<std::pair<std::string_view, std::string_view>>& by_tag);
ReadGzipStore parse_gzip_store(std::string_view text);

ReadGzipStore read_gzip_store(const std::filesystem::path& file);
// Replaced whole; not fsynced: losing it in a crash costs the next start time, nothing else.
tl::expected<void, std::string> write_gzip_store(const std::filesystem::path& file,
                                                 const std::vector<std::pair<std::string_view, std::string_view>>& by_tag);

}  // namespace agendad::site
