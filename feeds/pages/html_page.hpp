#pragma once
// The one page shell every HTML page shares: language, character set, the inline stylesheet
// (screen and A4 print). No scripts and no external assets, so a saved page works offline.
#include <string>
#include <string_view>

namespace agendad::pages {

// `title` is plain text and is escaped here; `body` is HTML the caller has already escaped.
// The body should hold exactly one <h1>.
std::string html_page(std::string_view title, std::string_view body);
// The same with more of the <head> (<link rel="alternate"> to feeds), already escaped HTML.
std::string html_page(std::string_view title, std::string_view body, std::string_view head);

}  // namespace agendad::pages
