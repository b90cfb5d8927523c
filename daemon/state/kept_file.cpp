#include "daemon/state/kept_file.hpp"

#include <sys/stat.h>

namespace agendad::state {

std::optional<FileIdentity> identity_of(const std::filesystem::path& file) {
  struct stat status {};
  if (::stat(file.c_str(), &status) != 0 || !S_ISREG(status.st_mode)) return std::nullopt;
  return FileIdentity{.device = status.st_dev,
                      .inode = status.st_ino,
                      .size = status.st_size,
                      .modified_ns = static_cast<std::int64_t>(status.st_mtim.tv_sec) * 1'000'000'000 +
                                     status.st_mtim.tv_nsec};
}

}  // namespace agendad::state
