#pragma once
// HTTP dates (RFC 9110 §5.6.7). Last-Modified is sent as an IMF-fixdate; If-Modified-Since is
// read in any of the three forms a recipient must accept. A date that does not parse is nullopt,
// and the caller ignores the header: answering 304 to a date it cannot read would freeze a
// calendar client on a stale feed.
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace agendad::http {

std::string format_http_date(std::chrono::sys_seconds when);  // Sun, 06 Nov 1994 08:49:37 GMT
std::optional<std::chrono::sys_seconds> parse_http_date(std::string_view text);

}  // namespace agendad::http
