#include "daemon/site/pack_cache.hpp"

#include <algorithm>
#include <unordered_set>

#include "daemon/http/digest.hpp"
#include "daemon/state/state_file.hpp"
#include "daemon/state/write_atomically.hpp"

namespace agendad::site {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view pack_suffix = ".pdf";
constexpr std::string_view front_suffix = ".front.pdf";

fs::path file_of(const fs::path& directory, const std::string& key, std::string_view suffix) {
  return directory / (key + std::string(suffix));
}

// The pack kept in the directory under `key`, if both its files are there and readable.
std::optional<PackBytes> read_kept(const fs::path& directory, const std::string& key) {
  auto front = state::read_state_file(file_of(directory, key, front_suffix));
  if (!front.text) return std::nullopt;
  auto pdf = state::read_state_file(file_of(directory, key, pack_suffix));
  if (!pdf.text) return std::nullopt;
  return PackBytes{std::move(*pdf.text), std::move(*front.text)};
}

// The key a file of ours is named by; empty for any other file.
std::string key_of(const fs::path& file) {
  const std::string name = file.filename().string();
  for (const auto suffix : {front_suffix, pack_suffix}) {
    if (!name.ends_with(suffix)) continue;
    const std::string key = name.substr(0, name.size() - suffix.size());
    const bool hex = !key.empty() && std::all_of(key.begin(), key.end(), [](char c) {
      return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    });
    return hex ? key : std::string();
  }
  return {};
}

}  // namespace

void PackCache::start_load(std::optional<fs::path> directory) {
  std::lock_guard lock(mutex_);
  last_ = std::move(this_);
  this_.clear();
  directory_ = std::move(directory);
  if (!directory_) return;
  std::error_code ec;
  fs::create_directories(*directory_, ec);
  if (ec) {
    problems_.push_back("cannot keep agenda packs in " + directory_->string() + ": " + ec.message());
    directory_.reset();
    return;
  }
  state::remove_abandoned_temporaries(*directory_);
}

PackCache::Pack PackCache::keep(const std::string& key, const Pack& pack) {
  std::lock_guard lock(mutex_);
  return this_.try_emplace(key, pack).first->second;
}

void PackCache::note(std::string problem) {
  std::lock_guard lock(mutex_);
  problems_.push_back(std::move(problem));
}

tl::expected<PackCache::Pack, std::string> PackCache::pack_for(pack::PackSpec spec) {
  const std::string key = http::hex(http::digest_of(pack::spec_key(spec)));
  {
    std::lock_guard lock(mutex_);
    if (auto kept = this_.find(key); kept != this_.end()) return kept->second;
    if (auto kept = last_.find(key); kept != last_.end()) return this_.emplace(key, kept->second).first->second;
  }
  if (directory_)
    if (auto kept = read_kept(*directory_, key)) return keep(key, std::make_shared<const PackBytes>(std::move(*kept)));
  // Made outside the lock, so that packs are made side by side.
  auto made = pack::make_pack(std::move(spec));
  if (!made) return tl::unexpected(std::move(made.error()));
  auto bytes = std::make_shared<const PackBytes>(PackBytes{std::move(made->pdf), std::move(made->front_sheet)});
  {
    std::lock_guard lock(mutex_);
    ++made_;
  }
  if (directory_) {
    // The front sheet first: a pack is read only when both are there.
    auto written = state::write_atomically(file_of(*directory_, key, front_suffix), bytes->front_sheet);
    if (written) written = state::write_atomically(file_of(*directory_, key, pack_suffix), bytes->pdf);
    if (!written) note(written.error());
  }
  return keep(key, bytes);
}

void PackCache::keep_serving(const std::vector<SharedBytes>& served) {
  std::unordered_set<const char*> bytes;
  for (const auto& body : served)
    if (!body.empty()) bytes.insert(body.data());
  std::lock_guard lock(mutex_);
  for (const auto& [key, pack] : last_)
    if (bytes.contains(pack->pdf.data()) || bytes.contains(pack->front_sheet.data())) this_.try_emplace(key, pack);
}

std::vector<std::string> PackCache::end_load(bool succeeded) {
  std::lock_guard lock(mutex_);
  if (!succeeded) {
    this_ = std::move(last_);  // the next load starts again from the last good one's
    last_.clear();
  } else {
    last_.clear();
    if (directory_) {
      std::error_code ec;
      for (fs::directory_iterator it(*directory_, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string key = key_of(it->path());
        std::error_code removing;
        if (!key.empty() && !this_.contains(key)) fs::remove(it->path(), removing);
      }
    }
  }
  std::vector<std::string> problems;
  if (!problems_.empty()) {
    problems.push_back(problems_.front());
    if (problems_.size() > 1) problems.push_back("and " + std::to_string(problems_.size() - 1) +
                                                 " more problems keeping agenda packs");
  }
  problems_.clear();
  return problems;
}

std::size_t PackCache::made() const {
  std::lock_guard lock(mutex_);
  return made_;
}

}  // namespace agendad::site
