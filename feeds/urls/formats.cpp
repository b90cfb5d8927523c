#include "feeds/urls/formats.hpp"

#include <array>

namespace agendad::urls {
namespace {

struct AgendaFormatRow {
  AgendaFormat format;
  std::string_view name;       // as --format and the URL's extension spell it
  std::string_view alias;      // also read by --format
  std::string_view type;
};
constexpr std::array<AgendaFormatRow, 4> agenda_formats{{
    {AgendaFormat::html, "html", "html", media_type::html},
    {AgendaFormat::text, "txt", "text", media_type::text},
    {AgendaFormat::markdown, "md", "markdown", media_type::markdown},
    {AgendaFormat::json, "json", "json", media_type::json},
}};

struct PageFormatRow {
  PageFormat format;
  std::string_view name;
  std::string_view type;
};
constexpr std::array<PageFormatRow, 2> page_formats{{
    {PageFormat::html, "html", media_type::html},
    {PageFormat::json, "json", media_type::json},
}};

template <class Rows, class Format>
const auto& row_of(const Rows& rows, Format format) {
  for (const auto& row : rows)
    if (row.format == format) return row;
  return rows.front();  // unreachable: every enumerator has its row
}

}  // namespace

std::optional<AgendaFormat> parse_agenda_format(std::string_view name) {
  for (const auto& row : agenda_formats)
    if (name == row.name || name == row.alias) return row.format;
  return std::nullopt;
}

std::optional<PageFormat> parse_page_format(std::string_view name) {
  for (const auto& row : page_formats)
    if (name == row.name) return row.format;
  return std::nullopt;
}

std::string extension(AgendaFormat format) { return std::string(row_of(agenda_formats, format).name); }
std::string extension(PageFormat format) { return std::string(row_of(page_formats, format).name); }
std::string content_type(AgendaFormat format) { return std::string(row_of(agenda_formats, format).type); }
std::string content_type(PageFormat format) { return std::string(row_of(page_formats, format).type); }

}  // namespace agendad::urls
