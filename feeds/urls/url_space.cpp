#include "feeds/urls/url_space.hpp"

namespace agendad::urls {
namespace {

constexpr std::array<std::string_view, route_count> labels{
    "index", "calendar", "agenda", "work_programme", "flags", "year", "changes", "members", "healthz", "metrics", "none"};

static_assert(static_cast<std::size_t>(Route::none) + 1 == route_count, "one label per route");

bool is_prefix(std::string_view shape) { return shape.size() > 1 && shape.ends_with('/'); }

}  // namespace

std::string_view to_string(Route route) { return labels.at(static_cast<std::size_t>(route)); }

const RouteRow* row_of(std::string_view path) {
  for (const auto& row : url_space)
    if (is_prefix(row.path) ? path.starts_with(row.path) : path == row.path) return &row;
  return nullptr;
}

Route route_of(std::string_view path) {
  const auto* row = row_of(path);
  return row ? row->route : Route::none;
}

bool is_rendered_for_the_public(std::string_view path) {
  const auto* row = row_of(path);
  return row && row->answer == Answer::rendered;
}

}  // namespace agendad::urls
