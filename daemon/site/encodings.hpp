#pragma once
// Each resource's encoded form (its body, ETag and gzip bytes) kept from one load to the next, so
// that a reload hashes and compresses only the bodies that changed, and an unchanged body is the
// same memory in both snapshots. Compressing at the best level is the dearest step of a build
// after rendering; hashing every agenda pack again was the dearest of a reload; most reloads
// change few bodies. With a state directory the gzip bytes also outlive the run (gzip_store.hpp).
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "daemon/site/gzip_store.hpp"
#include "daemon/site/snapshot.hpp"

namespace agendad::site {

class Encodings {
 public:
  // The resource for `body` at `key` (the path, "/members" in front for members'). Where the last
  // load's body at `key` is the same bytes (the very bytes, as a kept agenda pack is, or equal
  // ones), its bytes, ETag and gzip bytes are taken; else the body is hashed and compressed.
  // Safe to call from several threads at once.
  Resource encode(const std::string& key, SharedBytes body, std::string_view content_type,
                  std::chrono::sys_seconds last_modified, int max_age);

  // Keeps the last load's encoding at `key` for this one, as encode() does for an equal body: for
  // the resources a load keeps without rendering them again. Safe to call from several threads.
  void keep(const std::string& key);

  // Starts a load: the encodings the last load made stay available to it until end_load. With
  // `store` (gzip_store.hpp), the first load also takes the gzip bytes of the bodies it finds
  // there; the store is written again at that load if it does not hold just its bodies, and after
  // it once an eighth of the bodies have been compressed since it was last written.
  void start_load(std::optional<std::filesystem::path> store = std::nullopt);
  // Ends a load: lets go of the last load's bodies, so that those this load did not keep are
  // freed with the snapshot that served them. A load that failed changes nothing: the next starts
  // from the encodings of the last that succeeded. Returns what went wrong with the store, for the
  // log: it costs the next start time, not a load.
  std::vector<std::string> end_load(bool succeeded = true);

  std::size_t compressed() const;  // bodies compressed rather than reused, since construction
  std::size_t hashed() const;      // bodies hashed rather than reused, since construction

 private:
  struct Encoded {
    SharedBytes body;
    std::string tag;
    SharedBytes gzip_body;
  };
  Encoded encoded(const std::string& key, SharedBytes body, std::string_view content_type);

  void write_store();

  std::optional<std::filesystem::path> store_;  // set by start_load
  GzipByTag stored_;                             // the store's, until the first load ends; read-only meanwhile
  bool store_read_ = false;
  bool read_this_load_ = false;  // the store was read at this load's start
  std::size_t unstored_ = 0;     // bodies compressed since the store was last written
  std::vector<std::string> problems_;
  mutable std::mutex mutex_;
  std::size_t compressed_this_load_ = 0;
  std::map<std::string, Encoded, std::less<>> last_;  // read-only while a load runs
  std::map<std::string, Encoded, std::less<>> this_;
  std::size_t compressed_ = 0;
  std::size_t hashed_ = 0;
};

}  // namespace agendad::site
