#include "planner/sources/content_lines.hpp"

#include <cstdio>

#include "planner/model/utf8.hpp"

namespace agendad::planner::sources {
namespace {

Diagnostic refuse(const std::string& source, int line, std::string message, std::string found = {}) {
  return Diagnostic{Severity::error, {source, line, 0}, "", std::move(message), std::move(found), ""};
}

std::string hex_byte(unsigned char byte) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "0x%02X", byte);
  return buffer;
}

}  // namespace

Result<std::vector<ContentLine>> read_content_lines(std::string_view text, const std::string& source) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  std::vector<ContentLine> lines;
  int number = 0;
  while (!text.empty()) {
    ++number;
    std::size_t end = text.find('\n');
    std::string_view physical = text.substr(0, end);
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    if (!physical.empty() && physical.back() == '\r') physical.remove_suffix(1);
    for (std::size_t i = 0; i < physical.size();) {
      unsigned char c = static_cast<unsigned char>(physical[i]);
      if ((c < 0x20 && c != '\t') || c == 0x7F)
        return tl::unexpected(Diagnostics{refuse(source, number,
                                                 c == '\r' ? "a carriage return that does not end the line"
                                                           : "a control character, which iCalendar text may not hold",
                                                 hex_byte(c))});
      std::size_t length = utf8_sequence_length(physical.substr(i));
      if (length == 0)
        return tl::unexpected(Diagnostics{refuse(source, number, "not valid UTF-8", "the byte " + hex_byte(c))});
      i += length;
    }
    if (physical.empty()) continue;
    bool continuation = physical[0] == ' ' || physical[0] == '\t';
    if (continuation && !lines.empty()) {
      lines.back().text.append(physical.substr(1));
    } else {
      lines.push_back({number, std::string(physical)});
    }
  }
  return lines;
}

}  // namespace agendad::planner::sources
