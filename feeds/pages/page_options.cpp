#include "feeds/pages/page_options.hpp"

namespace agendad::pages {

std::optional<AgendaFormat> parse_agenda_format(std::string_view name) {
  if (name == "html") return AgendaFormat::html;
  if (name == "text" || name == "txt") return AgendaFormat::text;
  if (name == "md" || name == "markdown") return AgendaFormat::markdown;
  if (name == "json") return AgendaFormat::json;
  return std::nullopt;
}

std::optional<PageFormat> parse_page_format(std::string_view name) {
  if (name == "html") return PageFormat::html;
  if (name == "json") return PageFormat::json;
  return std::nullopt;
}

std::string extension(AgendaFormat format) {
  switch (format) {
    case AgendaFormat::html: return "html";
    case AgendaFormat::text: return "txt";
    case AgendaFormat::markdown: return "md";
    case AgendaFormat::json: return "json";
  }
  return "html";
}

std::string extension(PageFormat format) { return format == PageFormat::json ? "json" : "html"; }

std::string content_type(AgendaFormat format) {
  switch (format) {
    case AgendaFormat::html: return "text/html; charset=utf-8";
    case AgendaFormat::text: return "text/plain; charset=utf-8";
    case AgendaFormat::markdown: return "text/markdown; charset=utf-8";
    case AgendaFormat::json: return "application/json";
  }
  return "text/html; charset=utf-8";
}

std::string content_type(PageFormat format) {
  return format == PageFormat::json ? "application/json" : "text/html; charset=utf-8";
}

}  // namespace agendad::pages
