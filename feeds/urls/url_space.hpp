#pragma once
// The URL space the daemon answers, in one table: each row is a shape of path, the route it
// belongs to (the label /metrics counts it under) and how it is answered. The daemon routes by
// it, /metrics labels by it, `export` writes what it says is rendered for the public, and the
// path builders (paths.hpp) spell their paths with its prefixes, so none of them can drift apart.
#include <array>
#include <cstddef>
#include <string_view>

namespace agendad::urls {

enum class Route { index, calendar, agenda, work_programme, flags, year, changes, members, healthz, metrics, none };
inline constexpr std::size_t route_count = 11;
std::string_view to_string(Route route);  // the /metrics label

enum class Answer {
  rendered,     // rendered once per load, public: served from memory and written by `export`
  members,      // rendered once per load behind /members/<token>/: never exported
  per_request,  // made when asked (/healthz, /metrics): never exported
};

// The prefixes of the path shapes; the path builders spell their paths with them.
namespace prefix {
inline constexpr std::string_view calendars = "/calendars/";
inline constexpr std::string_view agendas = "/agendas/";
inline constexpr std::string_view work_programme = "/work-programme/";
inline constexpr std::string_view year = "/year/";
inline constexpr std::string_view changes = "/changes/";
inline constexpr std::string_view members = "/members/";
}  // namespace prefix

struct RouteRow {
  Route route;
  std::string_view path;  // the whole path, or a prefix when it ends in '/' (other than "/")
  Answer answer;
};

inline constexpr std::array<RouteRow, 12> url_space{{
    {Route::index, "/", Answer::rendered},
    {Route::index, "/index.html", Answer::rendered},
    {Route::flags, "/flags.html", Answer::rendered},
    {Route::flags, "/flags.json", Answer::rendered},
    {Route::calendar, prefix::calendars, Answer::rendered},
    {Route::agenda, prefix::agendas, Answer::rendered},
    {Route::work_programme, prefix::work_programme, Answer::rendered},
    {Route::year, prefix::year, Answer::rendered},
    {Route::changes, prefix::changes, Answer::rendered},
    {Route::healthz, "/healthz", Answer::per_request},
    {Route::metrics, "/metrics", Answer::per_request},
    {Route::members, prefix::members, Answer::members},
}};

// The row a path falls in; nullptr when it has none of the known shapes.
const RouteRow* row_of(std::string_view path);
// The route of a path, from its shape alone; none when it has none of the known shapes.
Route route_of(std::string_view path);
// Whether the path has the shape of a public page or feed rendered at load, which `export` writes.
bool is_rendered_for_the_public(std::string_view path);

}  // namespace agendad::urls
