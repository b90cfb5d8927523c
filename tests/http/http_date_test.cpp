#include "daemon/http/http_date.hpp"

#include <gtest/gtest.h>

namespace agendad::http {
namespace {

using namespace std::chrono;

// RFC 9110's own example instant: Sunday 6 November 1994, 08:49:37 GMT.
const sys_seconds rfc_example = sys_days{1994y / November / 6} + 8h + 49min + 37s;

TEST(HttpDate, FormatsImfFixdate) {
  EXPECT_EQ(format_http_date(rfc_example), "Sun, 06 Nov 1994 08:49:37 GMT");
  // 17 September 2024, the ILSC's meeting, 10:00 BST = 09:00Z.
  EXPECT_EQ(format_http_date(sys_days{2024y / September / 17} + 9h), "Tue, 17 Sep 2024 09:00:00 GMT");
}

TEST(HttpDate, ParsesTheThreeFormsRfc9110Requires) {
  EXPECT_EQ(parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT"), rfc_example);
  EXPECT_EQ(parse_http_date("Sunday, 06-Nov-94 08:49:37 GMT"), rfc_example);
  EXPECT_EQ(parse_http_date("Sun Nov  6 08:49:37 1994"), rfc_example);
}

TEST(HttpDate, RoundTrips) {
  const sys_seconds leap_day = sys_days{2024y / February / 29} + 23h + 59min + 59s;
  EXPECT_EQ(parse_http_date(format_http_date(leap_day)), leap_day);
}

TEST(HttpDate, RefusesWhatIsNotAnHttpDate) {
  for (std::string_view bad : {"", "yesterday", "Sun, 06 Nov 1994 08:49:37", "Sun, 06 Nov 1994 08:49:37 UTC",
                               "Sun, 6 Nov 1994 08:49:37 GMT", "Sun, 31 Feb 1994 08:49:37 GMT",
                               "Mon, 06 Nov 1994 08:49:37 GMT",  // 6 November 1994 was a Sunday
                               "Sun, 06 Nov 1994 24:00:00 GMT", "Sun, 06 Nov 1994 08:49:37 GMT trailing",
                               "Sunday, 06-Nov-94 08:49:37", "Sun Nov 6 08:49:37 1994", "2024-09-17T09:00:00Z"})
    EXPECT_EQ(parse_http_date(bad), std::nullopt) << bad;
}

}  // namespace
}  // namespace agendad::http
