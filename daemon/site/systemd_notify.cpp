#include "daemon/site/systemd_notify.hpp"

#include <ctime>
#include <string>

#include <systemd/sd-daemon.h>

namespace agendad::site::systemd {
namespace {

void notify(const std::string& state) { sd_notify(0, state.c_str()); }

std::string status_line(std::string_view status) {
  std::string line("STATUS=");
  // A newline would start another assignment.
  for (char c : status) line += c == '\n' ? ' ' : c;
  return line;
}

}  // namespace

void ready(std::string_view status) { notify("READY=1\n" + status_line(status)); }

void reloading() {
  timespec now{};
  clock_gettime(CLOCK_MONOTONIC, &now);
  const auto usec = static_cast<unsigned long long>(now.tv_sec) * 1'000'000ULL +
                    static_cast<unsigned long long>(now.tv_nsec) / 1000ULL;
  notify("RELOADING=1\nMONOTONIC_USEC=" + std::to_string(usec));
}

void stopping() { notify("STOPPING=1"); }

void status(std::string_view status) { notify(status_line(status)); }

void watchdog() { notify("WATCHDOG=1"); }

std::optional<std::chrono::microseconds> watchdog_interval() {
  uint64_t usec = 0;
  if (sd_watchdog_enabled(0, &usec) <= 0 || usec == 0) return std::nullopt;
  return std::chrono::microseconds(usec / 2);
}

std::optional<int> listening_socket() {
  // unset_environment=1: children (there are none) must not think the sockets are theirs.
  if (sd_listen_fds(1) < 1) return std::nullopt;
  return SD_LISTEN_FDS_START;
}

}  // namespace agendad::site::systemd
