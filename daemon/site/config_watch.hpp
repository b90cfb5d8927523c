#pragma once
// Watches the configuration directory with inotify and calls back once a burst of changes has
// settled (editors write a temporary file, rename it and touch it again within milliseconds).
// Hidden files, editor backups (name~) and swap files are not configuration and are ignored.
// The directory's parent is watched too, so that a directory renamed into place or a symlink
// swapped to a new release is noticed and watched in its turn. Not recursive: files in
// subdirectories are not watched.
#include <array>
#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include <boost/asio/io_context.hpp>
#include <boost/asio/posix/stream_descriptor.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>

namespace agendad::site {

class ConfigWatch {
 public:
  using Callback = std::function<void(const std::string& changed)>;

  ConfigWatch(boost::asio::io_context& io, std::chrono::milliseconds debounce, Callback on_change);
  // Starts watching; an error (the directory is gone, inotify is unavailable) as text.
  std::optional<std::string> watch(const std::filesystem::path& dir);
  void stop();

 private:
  void read();
  void on_events(std::size_t bytes);

  boost::asio::strand<boost::asio::io_context::executor_type> strand_;
  boost::asio::posix::stream_descriptor inotify_;
  boost::asio::steady_timer settle_;
  std::chrono::milliseconds debounce_;
  Callback on_change_;
  std::filesystem::path dir_;
  int directory_watch_ = -1;
  int parent_watch_ = -1;
  bool replaced_ = false;  // the directory's path must be watched afresh when the burst settles
  std::string changed_;    // the first file changed in the current burst, for the log
  alignas(8) std::array<char, 8192> events_{};
};

}  // namespace agendad::site
