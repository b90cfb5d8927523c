#pragma once
// The formats a page comes in, how a URL spells each and the Content-Type it is served with: one
// table per enum (formats.cpp), read by the URL paths, the renderers and the daemon alike.
#include <optional>
#include <string>
#include <string_view>

namespace agendad::urls {

enum class AgendaFormat { html, text, markdown, json };
// The work-programme, flags and index pages come as HTML for people and JSON for programs.
enum class PageFormat { html, json };

// "html", "text" (or "txt"), "md" (or "markdown"), "json"; nullopt for anything else.
std::optional<AgendaFormat> parse_agenda_format(std::string_view name);
std::optional<PageFormat> parse_page_format(std::string_view name);
std::string extension(AgendaFormat format);  // html, txt, md, json: as the URLs spell them
std::string extension(PageFormat format);
// The Content-Type the daemon serves the bytes with.
std::string content_type(AgendaFormat format);
std::string content_type(PageFormat format);

// Every Content-Type the daemon serves.
namespace media_type {
inline constexpr std::string_view calendar = "text/calendar; charset=utf-8";
inline constexpr std::string_view html = "text/html; charset=utf-8";
inline constexpr std::string_view json = "application/json";
inline constexpr std::string_view text = "text/plain; charset=utf-8";
inline constexpr std::string_view markdown = "text/markdown; charset=utf-8";
inline constexpr std::string_view svg = "image/svg+xml";  // XML: the document names its encoding
inline constexpr std::string_view atom = "application/atom+xml";
inline constexpr std::string_view pdf = "application/pdf";
inline constexpr std::string_view prometheus = "text/plain; version=0.0.4; charset=utf-8";
}  // namespace media_type

}  // namespace agendad::urls
