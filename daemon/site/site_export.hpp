#pragma once
// `agendad export`: every public URL of a snapshot written to files, for a static web server
// (deploy/nginx-agendad.conf) or a CDN. The bytes are the snapshot's, so the export cannot drift
// from what `agendad serve` answers.
#include <cstddef>
#include <filesystem>
#include <string>

#include <tl/expected.hpp>

#include "daemon/site/snapshot.hpp"

namespace agendad::site {

// Whether `out` may be exported into: missing, empty, or holding an earlier export (whose files
// the next one may remove). Asked before the build, so that a wrong directory costs nothing.
tl::expected<void, std::string> check_export_directory(const std::filesystem::path& out);

// Writes each public resource under `out` (created if missing) named by its URL path ("/" is
// index.html), with its Last-Modified as its modification time, HTML and JSON also as NAME.gz
// (the snapshot's own gzip bytes); then `etags.map` for nginx, and the manifest of what it wrote;
// then removes the files an earlier export wrote that are no longer served. Returns how many
// resources were exported; the error is one sentence.
tl::expected<std::size_t, std::string> export_site(const Snapshot& snapshot, const std::filesystem::path& out);

}  // namespace agendad::site
