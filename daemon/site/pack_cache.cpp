#include "daemon/site/pack_cache.hpp"

#include "daemon/http/digest.hpp"

namespace agendad::site {

tl::expected<PackCache::Pack, std::string> PackCache::pack_for(pack::PackSpec spec) {
  std::string key = http::hex(http::digest_of(pack::spec_key(spec)));
  if (auto kept = this_.find(key); kept != this_.end()) return kept->second;
  if (auto kept = last_.find(key); kept != last_.end()) return this_.emplace(key, kept->second).first->second;
  auto made = pack::make_pack(std::move(spec));
  if (!made) return tl::unexpected(std::move(made.error()));
  ++made_;
  return this_.emplace(key, std::make_shared<const pack::AgendaPack>(std::move(*made))).first->second;
}

void PackCache::start_load() {
  last_ = std::move(this_);
  this_.clear();
}

}  // namespace agendad::site
