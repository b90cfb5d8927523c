#pragma once
// What every renderer is told besides the programme: where the site lives and who is reading.
#include <optional>
#include <string>
#include <string_view>

namespace agendad::pages {

enum class AgendaFormat { html, text, markdown, json };
// The work-programme, flags and index pages come as HTML for people and JSON for programs.
enum class PageFormat { html, json };

struct PageOptions {
  std::string base_url;  // "https://agendad.example.org": for absolute links (subscribe links)
  bool members = false;  // the members' version shows exempt titles and detail; public never does
};

// "html", "text" (or "txt"), "md" (or "markdown"), "json"; nullopt for anything else.
std::optional<AgendaFormat> parse_agenda_format(std::string_view name);
std::optional<PageFormat> parse_page_format(std::string_view name);
std::string extension(AgendaFormat format);  // html, txt, md, json: as the URLs spell them
std::string extension(PageFormat format);
// The Content-Type the daemon should serve the bytes with.
std::string content_type(AgendaFormat format);
std::string content_type(PageFormat format);

}  // namespace agendad::pages
