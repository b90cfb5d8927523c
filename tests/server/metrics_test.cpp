// The route label a request is counted under in /metrics: bounded in number, from the path's
// shape, and every page the index is served as counted as the index.
#include "daemon/server/metrics.hpp"

#include <gtest/gtest.h>

namespace agendad::server {
namespace {

struct RouteCase {
  const char* path;
  Route route;
};

class RouteOf : public ::testing::TestWithParam<RouteCase> {};

TEST_P(RouteOf, NamesTheRouteFromThePathsShape) { EXPECT_EQ(route_of(GetParam().path), GetParam().route); }

INSTANTIATE_TEST_SUITE_P(
    Paths, RouteOf,
    ::testing::Values(RouteCase{"/", Route::index}, RouteCase{"/index.html", Route::index},
                      RouteCase{"/calendars/ilsc.ics", Route::calendar},
                      RouteCase{"/agendas/ilsc/2024-09-17.html", Route::agenda},
                      RouteCase{"/work-programme/ilsc.json", Route::work_programme},
                      RouteCase{"/flags.html", Route::flags}, RouteCase{"/members/abc/", Route::members},
                      RouteCase{"/healthz", Route::healthz}, RouteCase{"/metrics", Route::metrics},
                      RouteCase{"/index.htm", Route::none}, RouteCase{"/wp-admin", Route::none}));

}  // namespace
}  // namespace agendad::server
