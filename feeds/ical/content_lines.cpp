#include "feeds/ical/content_lines.hpp"

#include "planner/model/utf8.hpp"

namespace agendad::ical {

using planner::utf8_sequence_length;

namespace {

constexpr std::size_t max_octets = 75;

}  // namespace

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
