#pragma once
// A state file's value kept in memory from one load to the next while the file is still the one
// this daemon last read or wrote, so that a reload does not parse again what it wrote itself (the
// change log is megabytes at hundreds of committees; reading it was a twentieth of a reload). A
// file is known by its identity: device, inode, size and modification time. Every write here
// renames a new file in (write_atomically), so any write, ours or another's, or an edit in place,
// or a removal makes the file read again.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <utility>

namespace agendad::state {

struct FileIdentity {
  std::uintmax_t device = 0;
  std::uintmax_t inode = 0;
  std::intmax_t size = 0;
  std::int64_t modified_ns = 0;
  friend bool operator==(const FileIdentity&, const FileIdentity&) = default;
};

// The identity of the regular file at `file`; absent when there is none (or it is not regular).
std::optional<FileIdentity> identity_of(const std::filesystem::path& file);

template <class Value>
class KeptFile {
 public:
  // The value kept, if the file is still the one it was kept for (`now`: its identity taken before
  // it is read, so that a file replaced after that is read again at the next load).
  const Value* find(const std::optional<FileIdentity>& now) const {
    return kept_ && now && kept_->first == *now ? &kept_->second : nullptr;
  }
  // Keeps `value` as the file's: read from it without a problem, or written to it.
  void keep(std::optional<FileIdentity> identity, Value value) {
    if (identity)
      kept_.emplace(*identity, std::move(value));
    else
      kept_.reset();
  }
  void forget() { kept_.reset(); }

 private:
  std::optional<std::pair<FileIdentity, Value>> kept_;
};

}  // namespace agendad::state
