#include "daemon/site/encodings.hpp"

namespace agendad::site {

Resource Encodings::encode(const std::string& key, std::string body, std::string_view content_type,
                           std::chrono::sys_seconds last_modified, int max_age) {
  const std::string tag = body_tag(body);
  if (!compressible(content_type)) return assemble_resource(std::move(body), content_type, tag, {}, last_modified, max_age);
  // last_ changes only in start_load, between loads: reading it needs no lock.
  const auto kept = last_.find(key);
  const bool reused = kept != last_.end() && kept->second.etag == tag;
  Encoded encoded = reused ? kept->second : Encoded{tag, gzip(body)};
  Resource resource =
      assemble_resource(std::move(body), content_type, tag, encoded.gzip_body, last_modified, max_age);
  const std::lock_guard lock(mutex_);
  if (!reused) ++compressed_;
  this_.insert_or_assign(key, std::move(encoded));
  return resource;
}

void Encodings::start_load() {
  const std::lock_guard lock(mutex_);
  last_ = std::move(this_);
  this_.clear();
}

std::size_t Encodings::compressed() const {
  const std::lock_guard lock(mutex_);
  return compressed_;
}

}  // namespace agendad::site
