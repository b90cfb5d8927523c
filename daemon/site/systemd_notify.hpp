#pragma once
// The daemon's side of systemd's service protocol (sd_notify(3), sd_listen_fds(3)). Every
// function does nothing, harmlessly, when the daemon was not started by systemd.
#include <chrono>
#include <optional>
#include <string_view>

namespace agendad::site::systemd {

void ready(std::string_view status);
// RELOADING=1 with MONOTONIC_USEC, which systemd 253 and later require for Type=notify-reload and
// which earlier versions ignore. Follow it with ready() whatever the reload's outcome.
void reloading();
void stopping();
void status(std::string_view status);
void watchdog();
// Half the watchdog period when WatchdogSec= is set for this process: the ping interval.
std::optional<std::chrono::microseconds> watchdog_interval();
// The first listening socket systemd passed (socket activation), if any.
std::optional<int> listening_socket();

}  // namespace agendad::site::systemd
