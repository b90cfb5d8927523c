#pragma once
// Each resource's encoded form (its ETag and its gzip bytes) kept from one load to the next, so
// that a reload compresses only the bodies that changed. Compressing at the best level is the
// dearest step of a build after rendering; most reloads change few bodies.
#include <map>
#include <mutex>
#include <string>
#include <string_view>

#include "daemon/site/snapshot.hpp"

namespace agendad::site {

class Encodings {
 public:
  // The resource for `body` at `key` (the path, "/members" in front for members'), its gzip bytes
  // taken from the last load's when the body's ETag is the same, else compressed. Safe to call
  // from several threads at once.
  Resource encode(const std::string& key, std::string body, std::string_view content_type,
                  std::chrono::sys_seconds last_modified, int max_age);

  // Starts a load: the encodings the last load made stay available to it; older ones are dropped.
  void start_load();

  std::size_t compressed() const;  // bodies compressed rather than reused, since construction

 private:
  struct Encoded {
    std::string etag;
    std::string gzip_body;
  };
  mutable std::mutex mutex_;
  std::map<std::string, Encoded, std::less<>> last_;  // read-only while a load runs
  std::map<std::string, Encoded, std::less<>> this_;
  std::size_t compressed_ = 0;
};

}  // namespace agendad::site
