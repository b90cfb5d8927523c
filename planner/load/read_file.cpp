#include "planner/load/read_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>

namespace agendad::planner {
namespace {

std::string kind_of(mode_t mode) {
  if (S_ISDIR(mode)) return "a directory";
  if (S_ISFIFO(mode)) return "a FIFO";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISSOCK(mode)) return "a socket";
  return "not a plain file";
}

// Closes the descriptor on every way out.
struct Descriptor {
  int fd;
  ~Descriptor() {
    if (fd >= 0) ::close(fd);
  }
};

}  // namespace

Result<std::string> read_regular_file(const std::string& path, std::size_t max_bytes, std::string_view what) {
  auto refuse = [&](std::string message, std::string found = {}, std::string expected = {}) {
    return tl::unexpected(Diagnostics{
        Diagnostic{Severity::error, {path, 0, 0}, "", std::move(message), std::move(found), std::move(expected)}});
  };
  // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer, for ever.
  Descriptor file{::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)};
  if (file.fd < 0) return refuse("cannot open " + std::string(what) + ": " + std::strerror(errno));
  struct stat status {};
  if (::fstat(file.fd, &status) != 0) return refuse("cannot read " + std::string(what) + ": " + std::strerror(errno));
  if (!S_ISREG(status.st_mode))
    return refuse(std::string(what) + " is not a regular file", kind_of(status.st_mode), "a regular file");
  if (static_cast<std::uintmax_t>(status.st_size) > max_bytes)
    return refuse(std::string(what) + " is too large", std::to_string(status.st_size) + " bytes",
                  "at most " + std::to_string(max_bytes) + " bytes");
  std::string text(static_cast<std::size_t>(status.st_size), '\0');
  std::size_t filled = 0;
  // Past the size fstat gave, a small buffer finds the end (or what the file grew by): doubling
  // the string to find it would leave every file read, the daemon's kept agenda packs among them,
  // holding twice its size.
  std::array<char, 4096> beyond{};
  while (true) {  // the file may grow or shrink while it is read: read to its end, up to the cap
    const bool past_size = filled == text.size();
    char* into = past_size ? beyond.data() : text.data() + filled;
    const std::size_t room = past_size ? beyond.size() : text.size() - filled;
    ssize_t got = ::read(file.fd, into, room);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) return refuse("cannot read " + std::string(what) + ": " + std::strerror(errno));
    if (got == 0) break;
    if (past_size) text.append(beyond.data(), static_cast<std::size_t>(got));
    filled += static_cast<std::size_t>(got);
    if (filled > max_bytes)
      return refuse(std::string(what) + " is too large", "more than " + std::to_string(max_bytes) + " bytes",
                    "at most " + std::to_string(max_bytes) + " bytes");
  }
  text.resize(filled);
  return text;
}

}  // namespace agendad::planner
