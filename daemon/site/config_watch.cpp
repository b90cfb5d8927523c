#include "daemon/site/config_watch.hpp"

#include <cstring>

#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>
#include <sys/inotify.h>
#include <unistd.h>

namespace agendad::site {
namespace {

constexpr std::uint32_t directory_events = IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE |
                                           IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF;
// In the parent: the configuration directory's own name being replaced (a directory renamed
// into place, or a symlink swapped, as atomic deployments do).
constexpr std::uint32_t parent_events = IN_CREATE | IN_MOVED_TO | IN_DELETE | IN_MOVED_FROM | IN_ONLYDIR;
constexpr std::uint32_t watch_gone = IN_DELETE_SELF | IN_MOVE_SELF | IN_IGNORED;

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
  dir_ = dir.lexically_normal();
  if (dir_.filename().empty()) dir_ = dir_.parent_path();  // "config/" -> "config"
  const int fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  if (fd < 0) return std::string("cannot start inotify: ") + std::strerror(errno);
  directory_watch_ = inotify_add_watch(fd, dir_.c_str(), directory_events);
  if (directory_watch_ < 0) {
    const std::string error = std::strerror(errno);
    ::close(fd);
    return "cannot watch " + dir.string() + ": " + error;
  }
  const auto parent = dir_.has_parent_path() ? dir_.parent_path() : std::filesystem::path(".");
  // Without it only a replaced directory goes unnoticed (SIGHUP still reloads): not fatal.
  parent_watch_ = inotify_add_watch(fd, parent.c_str(), parent_events);
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
    const std::string_view padded(events_.data() + offset + sizeof(inotify_event), event.len);
    const auto name = padded.substr(0, padded.find('\0'));
    offset += sizeof(inotify_event) + event.len;
    std::string_view changed;
    const bool directory_replaced = (event.wd == parent_watch_ && name == dir_.filename().string()) ||
                                    (event.wd == directory_watch_ && (event.mask & watch_gone));
    if (directory_replaced) {
      replaced_ = true;
      changed = "the directory itself";
    } else if (event.wd == directory_watch_ && is_configuration(name)) {
      changed = name;
    } else {
      continue;
    }
    relevant = true;
    if (changed_.empty()) changed_ = changed;
  }
  if (!relevant) return;
  settle_.expires_after(debounce_);
  settle_.async_wait([this](boost::system::error_code ec) {
    if (ec) return;  // superseded by a later event, or stopped
    if (replaced_) {
      // The path now names another directory (or none): watch whatever it names now. A failure
      // leaves only the parent's watch; the reload that follows reports the missing directory.
      replaced_ = false;
      inotify_rm_watch(inotify_.native_handle(), directory_watch_);
      directory_watch_ = inotify_add_watch(inotify_.native_handle(), dir_.c_str(), directory_events);
    }
    auto changed = std::move(changed_);
    changed_.clear();
    on_change_(changed);
  });
}

}  // namespace agendad::site
