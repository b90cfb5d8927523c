#include "daemon/server/config_watch.hpp"

#include <cstring>

#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>
#include <sys/inotify.h>
#include <unistd.h>

namespace agendad::server {
namespace {

bool is_configuration(std::string_view name) {
  return !name.empty() && name.front() != '.' && name.back() != '~' && !name.ends_with(".swp") &&
         !name.ends_with(".swx");
}

}  // namespace

ConfigWatch::ConfigWatch(boost::asio::io_context& io, std::chrono::milliseconds debounce, Callback on_change)
    : strand_(boost::asio::make_strand(io)),
      inotify_(strand_),
      settle_(strand_),
      debounce_(debounce),
      on_change_(std::move(on_change)) {}

std::optional<std::string> ConfigWatch::watch(const std::filesystem::path& dir) {
  const int fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  if (fd < 0) return std::string("cannot start inotify: ") + std::strerror(errno);
  constexpr auto mask = IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_ATTRIB |
                        IN_DELETE_SELF | IN_MOVE_SELF;
  if (inotify_add_watch(fd, dir.c_str(), mask) < 0) {
    const std::string error = std::strerror(errno);
    ::close(fd);
    return "cannot watch " + dir.string() + ": " + error;
  }
  inotify_.assign(fd);
  boost::asio::dispatch(strand_, [this] { read(); });
  return std::nullopt;
}

void ConfigWatch::stop() {
  boost::asio::post(strand_, [this] {
    boost::system::error_code ignored;
    settle_.cancel();
    inotify_.close(ignored);
  });
}

void ConfigWatch::read() {
  inotify_.async_read_some(boost::asio::buffer(events_), [this](boost::system::error_code ec, std::size_t bytes) {
    if (ec) return;  // closed by stop()
    on_events(bytes);
    read();
  });
}

void ConfigWatch::on_events(std::size_t bytes) {
  bool relevant = false;
  for (std::size_t offset = 0; offset + sizeof(inotify_event) <= bytes;) {
    inotify_event event;
    std::memcpy(&event, events_.data() + offset, sizeof event);
    const std::string_view name(events_.data() + offset + sizeof(inotify_event), event.len);
    const auto trimmed = name.substr(0, name.find('\0'));
    // An event without a name concerns the directory itself (moved or deleted).
    if (event.len == 0 || is_configuration(trimmed)) {
      relevant = true;
      if (changed_.empty()) changed_ = event.len ? std::string(trimmed) : std::string("the directory itself");
    }
    offset += sizeof(inotify_event) + event.len;
  }
  if (!relevant) return;
  settle_.expires_after(debounce_);
  settle_.async_wait([this](boost::system::error_code ec) {
    if (ec) return;  // superseded by a later event, or stopped
    auto changed = std::move(changed_);
    changed_.clear();
    on_change_(changed);
  });
}

}  // namespace agendad::server
