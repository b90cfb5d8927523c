#include "daemon/site/encodings.hpp"

#include <set>
#include <utility>

namespace agendad::site {

Encodings::Encoded Encodings::encoded(const std::string& key, SharedBytes body, std::string_view content_type) {
  // last_ changes only in start_load and end_load, between loads: reading it needs no lock.
  if (const auto kept = last_.find(key); kept != last_.end() && kept->second.body == body) return kept->second;
  std::string tag = body_tag(body);
  SharedBytes gzip_body;
  bool compressed = false;
  if (compressible(content_type)) {
    // stored_ changes only in start_load and end_load too.
    if (const auto stored = stored_.find(tag); stored != stored_.end()) {
      gzip_body = stored->second;
    } else {
      gzip_body = gzip(body);
      compressed = true;
    }
  }
  Encoded made{std::move(body), std::move(tag), std::move(gzip_body)};
  const std::lock_guard lock(mutex_);
  ++hashed_;
  if (compressed) {
    ++compressed_;
    ++compressed_this_load_;
  }
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

void Encodings::keep(const std::string& key) {
  const auto kept = last_.find(key);  // last_ is read-only while a load runs
  if (kept == last_.end()) return;
  const std::lock_guard lock(mutex_);
  this_.insert_or_assign(key, kept->second);
}

void Encodings::start_load(std::optional<std::filesystem::path> store) {
  const std::lock_guard lock(mutex_);
  last_ = std::move(this_);
  this_.clear();
  compressed_this_load_ = 0;
  store_ = std::move(store);
  read_this_load_ = store_ && !store_read_;
  if (read_this_load_) {
    auto read = read_gzip_store(*store_);
    stored_ = std::move(read.gzip);
    if (!read.problem.empty()) problems_.push_back(std::move(read.problem));
  }
  store_read_ = true;  // later loads find every body they keep in last_
}

std::vector<std::string> Encodings::end_load(bool succeeded) {
  const std::lock_guard lock(mutex_);
  if (!succeeded) {
    this_ = std::move(last_);
  } else if (store_) {
    write_store();
  }
  last_.clear();
  if (succeeded) stored_.clear();  // else the next load may still find its bodies there
  return std::exchange(problems_, {});
}

// Every body's gzip bytes this load served, once each. At the load that read the store, written
// unless it holds just those; after it, only once the bodies compressed since it was written are an
// eighth of them: a clerk's edit compresses a few dozen of 15,000 bodies at 300 committees, and
// writing 18 MB (180 MB at 3,000) at every edit would cost more than a restart saves by it, so a
// restart may compress up to an eighth again. Under mutex_.
void Encodings::write_store() {
  std::vector<std::pair<std::string_view, std::string_view>> by_tag;
  std::set<std::string_view> seen;
  for (const auto& [key, encoded] : this_)
    if (!encoded.gzip_body.empty() && seen.insert(encoded.tag).second)
      by_tag.emplace_back(encoded.tag, encoded.gzip_body.view());
  unstored_ += compressed_this_load_;
  const bool stale = read_this_load_ ? compressed_this_load_ > 0 || stored_.size() != by_tag.size()
                                     : unstored_ * 8 >= by_tag.size() && unstored_ > 0;
  if (!stale) return;
  if (auto written = write_gzip_store(*store_, by_tag); !written)
    problems_.push_back(std::move(written.error()));
  else
    unstored_ = 0;
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
