#include "feeds/pages/escape.hpp"

#include <cctype>

namespace agendad::pages {

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

namespace {
bool starts_block(std::string_view text) {
  // At the start of a line these would make a heading, quote or list of an ordinary sentence.
  if (text.empty()) return false;
  if (text[0] == '#' || text[0] == '+' || text[0] == '-' || text[0] == '=') return true;
  std::size_t digits = 0;
  while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits]))) ++digits;
  return digits > 0 && digits < text.size() && (text[digits] == '.' || text[digits] == ')');
}
// "lt;" or "#60;" after an "&" would be read as a character reference.
bool starts_entity(std::string_view text) {
  std::size_t end = 0;
  while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '#')) ++end;
  return end > 0 && end < text.size() && text[end] == ';';
}
}  // namespace

std::string markdown_escape(std::string_view text) {
  // Escapes only what starts markup, so that the raw Markdown still reads as the front sheet does.
  constexpr std::string_view special = "\\`*_[]<>|~";
  std::string out;
  out.reserve(text.size() + 8);
  bool escape_next_block = starts_block(text);
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    bool entity = c == '&' && starts_entity(text.substr(i + 1));
    if (escape_next_block && (c == '#' || c == '+' || c == '-' || c == '=' || c == '.' || c == ')')) {
      out += '\\';
      escape_next_block = false;
    } else if (special.find(c) != std::string_view::npos || entity) {
      out += '\\';
    }
    out += c;
    if (c == '\n') escape_next_block = starts_block(text.substr(i + 1));
  }
  return out;
}

}  // namespace agendad::pages
