#include "daemon/state/write_atomically.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <charconv>
#include <csignal>
#include <cstring>

namespace agendad::state {
namespace {

namespace fs = std::filesystem;

// Each call takes the next number: no two calls of one process share a temporary name, and the
// PID keeps processes apart (a child after fork has its own).
std::atomic<unsigned long long> next_number{0};

fs::path temporary_beside(const fs::path& path) {
  return path.parent_path() / ("." + path.filename().string() + "." + std::to_string(::getpid()) + "." +
                               std::to_string(next_number++) + ".tmp");
}

// The writer's PID in a temporary name ".NAME.PID.NUMBER.tmp"; 0 for any other name.
pid_t writer_of(std::string_view name) {
  constexpr std::string_view suffix = ".tmp";
  if (name.size() <= 1 + suffix.size() || name.front() != '.' || !name.ends_with(suffix)) return 0;
  name = name.substr(1, name.size() - 1 - suffix.size());  // NAME.PID.NUMBER
  const auto number_dot = name.rfind('.');
  if (number_dot == std::string_view::npos || number_dot == 0) return 0;
  const auto number = name.substr(number_dot + 1);
  if (number.empty() || number.find_first_not_of("0123456789") != std::string_view::npos) return 0;
  const auto pid_dot = name.rfind('.', number_dot - 1);
  if (pid_dot == std::string_view::npos || pid_dot == 0) return 0;
  const auto digits = name.substr(pid_dot + 1, number_dot - pid_dot - 1);
  pid_t pid = 0;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), pid);
  if (error != std::errc{} || end != digits.data() + digits.size() || pid <= 0) return 0;
  return pid;
}

// EPERM: it runs, as another user.
bool is_running(pid_t pid) { return pid == ::getpid() || ::kill(pid, 0) == 0 || errno == EPERM; }

std::string failure(std::string_view what, const fs::path& path, int error) {
  return std::string(what) + " " + path.string() + ": " + std::strerror(error);
}

// O_EXCL: never into a file someone else has open, should a name ever come round again (another
// PID namespace sharing the directory, a leftover of a killed process whose PID is reused).
int create_temporary(const fs::path& path, fs::path& temporary) {
  for (int attempt = 0; attempt < 100; ++attempt) {
    temporary = temporary_beside(path);
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd >= 0 || errno != EEXIST) return fd;
  }
  return -1;
}

// The bytes, the modification time and, when asked, fsync; errno on failure.
bool fill(int fd, std::string_view bytes, const WriteOptions& options) {
  while (!bytes.empty()) {
    const ssize_t written = ::write(fd, bytes.data(), bytes.size());
    if (written < 0 && errno == EINTR) continue;
    if (written == 0) errno = EIO;
    if (written <= 0) return false;
    bytes.remove_prefix(static_cast<std::size_t>(written));
  }
  if (options.modified) {
    const timespec time{static_cast<time_t>(options.modified->time_since_epoch().count()), 0};
    const timespec times[2] = {time, time};
    if (::futimens(fd, times) != 0) return false;
  }
  return !options.sync || ::fsync(fd) == 0;
}

// The rename itself reaches the disk only with its directory.
bool sync_directory(const fs::path& directory) {
  const int fd = ::open(directory.empty() ? "." : directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return false;
  const bool synced = ::fsync(fd) == 0;
  const int error = errno;
  ::close(fd);
  errno = error;
  return synced;
}

}  // namespace

tl::expected<void, std::string> write_atomically(const fs::path& path, std::string_view bytes,
                                                 const WriteOptions& options) {
  fs::path temporary;
  const int fd = create_temporary(path, temporary);
  if (fd < 0) return tl::unexpected(failure("cannot write", path, errno));
  const bool filled = fill(fd, bytes, options);
  const int error = errno;
  // close reports what a full disk or NFS left unwritten.
  if (::close(fd) != 0 || !filled) {
    const std::string message = failure("cannot write", path, filled ? errno : error);
    ::unlink(temporary.c_str());
    return tl::unexpected(message);
  }
  if (::rename(temporary.c_str(), path.c_str()) != 0) {
    const std::string message = failure("cannot replace", path, errno);
    ::unlink(temporary.c_str());
    return tl::unexpected(message);
  }
  if (options.sync && !sync_directory(path.parent_path()))
    return tl::unexpected(failure("cannot sync the directory of", path, errno));
  return {};
}

std::size_t remove_abandoned_temporaries(const fs::path& directory) {
  std::size_t removed = 0;
  std::error_code ec;
  for (fs::directory_iterator entry(directory, ec), end; !ec && entry != end; entry.increment(ec)) {
    const pid_t writer = writer_of(entry->path().filename().native());
    if (writer != 0 && !is_running(writer) && fs::remove(entry->path(), ec)) ++removed;
  }
  return removed;
}

}  // namespace agendad::state
