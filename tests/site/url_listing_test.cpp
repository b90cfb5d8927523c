// What `serve` prints when ready: every URL worth opening for a small council, and for a large one
// the index, the flags and the all-meetings calendar with a count of the rest.
#include "daemon/site/url_listing.hpp"

#include <algorithm>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "feeds/urls/formats.hpp"

namespace agendad::site {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

// A snapshot with the public URLs of `committees` committees (c1, c2, ...), and an agenda each.
Snapshot council_of(int committees) {
  Snapshot snapshot;
  const auto add = [&](const std::string& path) {
    snapshot.public_resources.emplace(path, make_resource("x", urls::media_type::html, {}, 60));
  };
  for (const char* path : {"/", "/index.html", "/flags.html", "/flags.json", "/calendars/all.ics"}) add(path);
  for (int i = 1; i <= committees; ++i) {
    const std::string id = "c" + std::to_string(i);
    for (const std::string& path : {"/work-programme/" + id + ".html", "/work-programme/" + id + ".json",
                                   "/calendars/" + id + ".ics", "/calendars/" + id + "-deadlines.ics",
                                   "/agendas/" + id + "/2024-09-17.html"})
      add(path);
  }
  return snapshot;
}

TEST(UrlListing, ASmallCouncilHasEveryUrlWorthOpening) {
  const auto listed = url_listing(council_of(1), "http://127.0.0.1:8080", "http://127.0.0.1:8080");
  EXPECT_THAT(listed, HasSubstr("agendad: serving 10 pages and feeds at http://127.0.0.1:8080/\n"));
  EXPECT_THAT(listed, HasSubstr("  subscribe: http://127.0.0.1:8080/calendars/c1-deadlines.ics\n"));
  EXPECT_THAT(listed, HasSubstr("  open:      http://127.0.0.1:8080/work-programme/c1.html\n"));
  EXPECT_THAT(listed, HasSubstr("  health:    http://127.0.0.1:8080/healthz\n"));
  EXPECT_THAT(listed, Not(HasSubstr("more work programmes")));
  EXPECT_THAT(listed, Not(HasSubstr("/agendas/")));
}

TEST(UrlListing, ALargeCouncilHasTheIndexAndACountOfTheRest) {
  const auto listed = url_listing(council_of(300), "http://127.0.0.1:8080", "https://democracy.example.gov.uk");
  EXPECT_THAT(listed, HasSubstr("(their links name https://democracy.example.gov.uk/)\n"));
  EXPECT_THAT(listed, HasSubstr("  open:      http://127.0.0.1:8080/\n"));
  EXPECT_THAT(listed, HasSubstr("  open:      http://127.0.0.1:8080/flags.html\n"));
  EXPECT_THAT(listed, HasSubstr("  subscribe: http://127.0.0.1:8080/calendars/all.ics\n"));
  // 300 committees' 4 URLs and flags.json: 1,201 left to the index
  EXPECT_THAT(listed, HasSubstr("  and 1201 more work programmes and calendars, every committee's linked from "
                                "http://127.0.0.1:8080/\n"));
  EXPECT_THAT(listed, Not(HasSubstr("/calendars/c1.ics")));
  EXPECT_EQ(std::count(listed.begin(), listed.end(), '\n'), 7);
}

TEST(UrlListing, TheLimitIsOnTheUrlsListedNotTheCommittees) {
  // 4 a committee and 4 besides: 5 committees list 24 URLs, 6 would list 28.
  EXPECT_THAT(url_listing(council_of(5), "o", "o"), Not(HasSubstr("more work programmes")));
  EXPECT_THAT(url_listing(council_of(6), "o", "o"), HasSubstr("and 25 more"));
}

}  // namespace
}  // namespace agendad::site
