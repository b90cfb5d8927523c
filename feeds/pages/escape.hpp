#pragma once
// Escaping for every byte a page takes from the configuration: titles, notes, names. Nothing
// from a YAML file reaches HTML or Markdown except through these.
#include <string>
#include <string_view>

namespace agendad::pages {

// & < > " ' as character references: safe in element content and in quoted attributes.
std::string html_escape(std::string_view text);
// The same, by the short name HTML templates use everywhere: h(title).
inline std::string h(std::string_view text) { return html_escape(text); }
// Backslash-escapes Markdown's punctuation, so that "<script>" or "*x*" stays literal text.
std::string markdown_escape(std::string_view text);

}  // namespace agendad::pages
