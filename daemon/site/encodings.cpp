#include "daemon/site/encodings.hpp"

namespace agendad::site {

Encodings::Encoded Encodings::encoded(const std::string& key, SharedBytes body, std::string_view content_type) {
  // last_ changes only in start_load and end_load, between loads: reading it needs no lock.
  if (const auto kept = last_.find(key); kept != last_.end() && kept->second.body == body) return kept->second;
  const bool compress = compressible(content_type);
  std::string tag = body_tag(body);
  SharedBytes gzip_body = compress ? gzip(body) : std::string();
  Encoded made{std::move(body), std::move(tag), std::move(gzip_body)};
  const std::lock_guard lock(mutex_);
  ++hashed_;
  if (compress) ++compressed_;
  return made;
}

Resource Encodings::encode(const std::string& key, SharedBytes body, std::string_view content_type,
                           std::chrono::sys_seconds last_modified, int max_age) {
  Encoded made = encoded(key, std::move(body), content_type);
  Resource resource = assemble_resource(made.body, content_type, made.tag, made.gzip_body, last_modified, max_age);
  const std::lock_guard lock(mutex_);
  this_.insert_or_assign(key, std::move(made));
  return resource;
}

void Encodings::start_load() {
  const std::lock_guard lock(mutex_);
  last_ = std::move(this_);
  this_.clear();
}

void Encodings::end_load(bool succeeded) {
  const std::lock_guard lock(mutex_);
  if (!succeeded) this_ = std::move(last_);
  last_.clear();
}

std::size_t Encodings::compressed() const {
  const std::lock_guard lock(mutex_);
  return compressed_;
}

std::size_t Encodings::hashed() const {
  const std::lock_guard lock(mutex_);
  return hashed_;
}

}  // namespace agendad::site
