// The URL space in one table: a path's route comes from its shape, every route has its own
// /metrics label, and every path the renderers link to falls in a row that says it is rendered
// for the public (so `export` writes it) under the route it should count under.
#include "feeds/urls/url_space.hpp"

#include <set>
#include <string>

#include <gtest/gtest.h>

#include "feeds/urls/paths.hpp"

namespace agendad::urls {

using planner::Date;

namespace {

using namespace std::chrono_literals;

const Date meeting_day = 2024y / 9 / 17;

struct RouteCase {
  std::string path;
  Route route;
  friend void PrintTo(const RouteCase& c, std::ostream* out) { *out << (c.path.empty() ? "(empty)" : c.path); }
};

class RouteOf : public ::testing::TestWithParam<RouteCase> {};

TEST_P(RouteOf, NamesTheRouteFromThePathsShape) { EXPECT_EQ(route_of(GetParam().path), GetParam().route); }

INSTANTIATE_TEST_SUITE_P(
    Paths, RouteOf,
    ::testing::Values(RouteCase{"/", Route::index}, RouteCase{"/index.html", Route::index},
                      RouteCase{"/calendars/ilsc.ics", Route::calendar},
                      RouteCase{"/agendas/ilsc/2024-09-17.html", Route::agenda},
                      RouteCase{"/work-programme/ilsc.json", Route::work_programme},
                      RouteCase{"/flags.html", Route::flags}, RouteCase{"/year/all.svg", Route::year},
                      RouteCase{"/changes/ilsc.atom", Route::changes}, RouteCase{"/members/abc/", Route::members},
                      RouteCase{"/healthz", Route::healthz}, RouteCase{"/metrics", Route::metrics},
                      RouteCase{"/index.htm", Route::none}, RouteCase{"/wp-admin", Route::none},
                      RouteCase{"/calendars", Route::none}, RouteCase{"", Route::none}));

// What the renderers link to, built by the path builders, lands in the row it belongs to.
INSTANTIATE_TEST_SUITE_P(
    Builders, RouteOf,
    ::testing::Values(RouteCase{index_path(), Route::index},
                      RouteCase{agenda_path("ilsc", meeting_day, AgendaFormat::markdown), Route::agenda},
                      RouteCase{agenda_pdf_path("ilsc", meeting_day, true), Route::agenda},
                      RouteCase{work_programme_path("ilsc", PageFormat::json), Route::work_programme},
                      RouteCase{flags_path(PageFormat::html), Route::flags},
                      RouteCase{committee_calendar_path("ilsc"), Route::calendar},
                      RouteCase{all_calendar_path(), Route::calendar},
                      RouteCase{deadlines_calendar_path("ilsc"), Route::calendar},
                      RouteCase{year_picture_path("all"), Route::year},
                      RouteCase{changes_feed_path("ilsc"), Route::changes}));

TEST(UrlSpace, EveryRouteHasItsOwnLabel) {
  std::set<std::string_view> labels;
  for (std::size_t route = 0; route < route_count; ++route) labels.insert(to_string(static_cast<Route>(route)));
  EXPECT_EQ(labels.size(), route_count);
  EXPECT_EQ(to_string(Route::work_programme), "work_programme");
  EXPECT_EQ(to_string(Route::none), "none");
}

TEST(UrlSpace, OnlyThePublicsRenderedPagesAreExported) {
  EXPECT_TRUE(is_rendered_for_the_public("/"));
  EXPECT_TRUE(is_rendered_for_the_public(committee_calendar_path("ilsc")));
  EXPECT_TRUE(is_rendered_for_the_public(changes_feed_path("all")));
  EXPECT_FALSE(is_rendered_for_the_public("/healthz"));
  EXPECT_FALSE(is_rendered_for_the_public("/metrics"));
  EXPECT_FALSE(is_rendered_for_the_public("/members/0123/index.html"));
  EXPECT_FALSE(is_rendered_for_the_public("/robots.txt"));
}

TEST(Formats, EachFormatReadsAndWritesAsTheUrlsSpellIt) {
  EXPECT_EQ(parse_agenda_format("txt"), AgendaFormat::text);
  EXPECT_EQ(parse_agenda_format("text"), AgendaFormat::text);
  EXPECT_EQ(parse_agenda_format("markdown"), AgendaFormat::markdown);
  EXPECT_EQ(parse_agenda_format("pdf"), std::nullopt);
  EXPECT_EQ(extension(AgendaFormat::markdown), "md");
  EXPECT_EQ(content_type(AgendaFormat::markdown), "text/markdown; charset=utf-8");
  EXPECT_EQ(parse_page_format("json"), PageFormat::json);
  EXPECT_EQ(parse_page_format("txt"), std::nullopt);
  EXPECT_EQ(content_type(PageFormat::json), "application/json");
}

}  // namespace
}  // namespace agendad::urls
