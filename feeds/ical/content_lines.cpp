#include "feeds/ical/content_lines.hpp"

#include <cstdio>

namespace agendad::ical {
namespace {

constexpr std::size_t max_octets = 75;

Diagnostic refuse(const std::string& source, int line, std::string message, std::string found = {}) {
  return Diagnostic{Severity::error, {source, line, 0}, "", std::move(message), std::move(found), ""};
}

std::string hex_byte(unsigned char byte) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "0x%02X", byte);
  return buffer;
}

}  // namespace

std::size_t utf8_sequence_length(std::string_view text) {
  if (text.empty()) return 0;
  auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  unsigned char lead = byte(0);
  if (lead < 0x80) return 1;
  std::size_t length = lead >= 0xC2 && lead <= 0xDF   ? 2
                       : lead >= 0xE0 && lead <= 0xEF ? 3
                       : lead >= 0xF0 && lead <= 0xF4 ? 4
                                                      : 0;
  if (length == 0 || text.size() < length) return 0;
  for (std::size_t i = 1; i < length; ++i)
    if ((byte(i) & 0xC0) != 0x80) return 0;
  // Overlong forms, UTF-16 surrogates and code points above U+10FFFF.
  if (lead == 0xE0 && byte(1) < 0xA0) return 0;
  if (lead == 0xED && byte(1) > 0x9F) return 0;
  if (lead == 0xF0 && byte(1) < 0x90) return 0;
  if (lead == 0xF4 && byte(1) > 0x8F) return 0;
  return length;
}

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

std::string unfold_content_lines(std::string_view text) {
  std::string unfolded;
  unfolded.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text.substr(i, 2) == "\r\n" && i + 2 < text.size() && (text[i + 2] == ' ' || text[i + 2] == '\t')) {
      i += 2;
      continue;
    }
    unfolded.push_back(text[i]);
  }
  return unfolded;
}

std::string fold_content_lines(std::string_view text) {
  std::string folded;
  folded.reserve(text.size() + text.size() / 32);
  std::size_t column = 0;  // octets on the current physical output line
  for (std::size_t i = 0; i < text.size();) {
    if (text.substr(i, 2) == "\r\n" || text[i] == '\n') {
      std::size_t after = i + (text[i] == '\r' ? 2 : 1);
      if (after < text.size() && (text[after] == ' ' || text[after] == '\t')) {
        i = after + 1;  // an existing fold: join, then fold again below by octets
        continue;
      }
      folded += "\r\n";
      column = 0;
      i = after;
      continue;
    }
    std::size_t length = utf8_sequence_length(text.substr(i));
    if (length == 0) length = 1;  // serialised by us from valid UTF-8; never split what is there
    if (column + length > max_octets) {
      folded += "\r\n ";
      column = 1;
    }
    folded.append(text.substr(i, length));
    column += length;
    i += length;
  }
  return folded;
}

}  // namespace agendad::ical
