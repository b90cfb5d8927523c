#pragma once
// A snapshot with the ILSC's meeting of 17 September 2024, and a small HTTP/1.1 response reader,
// shared by the server's tests.
#include <chrono>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "daemon/site/published.hpp"

namespace agendad::site::testing {

inline constexpr std::string_view member_token = "8f14e45fceea167a5a36dedd4bea2543";

// 17 September 2024 10:00 in Europe/London is 09:00Z (British Summer Time).
inline constexpr std::string_view ilsc_calendar =
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//agendad//test//EN\r\nBEGIN:VEVENT\r\n"
    "UID:ilsc-2024-09-17@agendad\r\nDTSTAMP:20240901T000000Z\r\nDTSTART:20240917T090000Z\r\n"
    "SUMMARY:Improving Lives Select Commission\r\nLOCATION:Rotherham Town Hall\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n";

// 1 September 2024 12:00:00Z, the Last-Modified of every fixture resource.
std::chrono::sys_seconds fixture_time();
Snapshot fixture_snapshot(std::string_view agenda_heading = "Improving Lives Select Commission");

struct HttpResponse {
  int status = 0;
  std::string reason;
  std::map<std::string, std::string> headers;  // names lower-cased
  std::string body;
  bool has(const std::string& name) const { return headers.count(name) != 0; }
  std::string header(const std::string& name) const {
    const auto found = headers.find(name);
    return found == headers.end() ? std::string{} : found->second;
  }
};

// Reads consecutive responses; `head[i]` says whether the i-th answered a HEAD (whose body is
// absent whatever Content-Length says). Fails the test on malformed bytes.
std::vector<HttpResponse> parse_responses(std::string_view bytes, const std::vector<bool>& head = {});

std::string gunzip(std::string_view compressed);

}  // namespace agendad::site::testing
