// The whole HTTP behaviour of a session, driven through Beast's in-memory stream.
#include <gtest/gtest.h>

#include "daemon/http/http_date.hpp"
#include "daemon/http/server.hpp"
#include "daemon/site/site_handler.hpp"
#include "tests/support/in_memory_session.hpp"
#include "tests/site/fixture.hpp"

namespace agendad::site {
namespace {

using testing::HttpResponse;
using testing::parse_responses;

class SessionBytes : public ::testing::Test {
 protected:
  SessionBytes() { published_.publish(testing::fixture_snapshot()); }
  std::vector<HttpResponse> exchange(std::string_view raw, const std::vector<bool>& head = {}) {
    return parse_responses(http::respond_to_bytes(handler_, raw), head);
  }
  HttpResponse get(std::string_view target, std::string_view extra_headers = "") {
    const auto responses = exchange("GET " + std::string(target) + " HTTP/1.1\r\nHost: x\r\n" +
                                    std::string(extra_headers) + "\r\n");
    EXPECT_EQ(responses.size(), 1u);
    return responses.empty() ? HttpResponse{} : responses.front();
  }
  Published published_;
  Metrics metrics_;
  SiteHandler handler_{published_, metrics_};
};

TEST_F(SessionBytes, ServesACalendarUncompressedWithValidators) {
  const auto response = get("/calendars/ilsc.ics", "Accept-Encoding: gzip\r\n");
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.body, testing::ilsc_calendar);
  EXPECT_EQ(response.header("content-type"), "text/calendar; charset=utf-8");
  EXPECT_FALSE(response.has("content-encoding"));  // Outlook fails on gzip-encoded subscriptions
  EXPECT_EQ(response.header("last-modified"), "Sun, 01 Sep 2024 12:00:00 GMT");
  EXPECT_EQ(response.header("cache-control"), "public, max-age=1800");
  EXPECT_EQ(response.header("etag").size(), 34u);
  EXPECT_EQ(response.header("etag").front(), '"');
  EXPECT_TRUE(response.has("date"));
}

TEST_F(SessionBytes, GzipsHtmlWhenAskedAndVaries) {
  const auto plain = get("/agendas/ilsc/2024-09-17.html");
  const auto zipped = get("/agendas/ilsc/2024-09-17.html", "Accept-Encoding: br, gzip\r\n");
  EXPECT_EQ(plain.header("content-type"), "text/html; charset=utf-8");
  EXPECT_EQ(plain.header("vary"), "Accept-Encoding");
  EXPECT_EQ(zipped.header("vary"), "Accept-Encoding");
  EXPECT_FALSE(plain.has("content-encoding"));
  EXPECT_EQ(zipped.header("content-encoding"), "gzip");
  EXPECT_LT(zipped.body.size(), plain.body.size());
  EXPECT_EQ(testing::gunzip(zipped.body), plain.body);
  EXPECT_NE(zipped.header("etag"), plain.header("etag"));  // two representations, two strong tags
  EXPECT_NE(plain.body.find("Tuesday 17 September 2024, 10.00 a.m."), std::string::npos);
}

TEST_F(SessionBytes, TextAndJsonHaveTheirTypes) {
  EXPECT_EQ(get("/agendas/ilsc/2024-09-17.txt").header("content-type"), "text/plain; charset=utf-8");
  EXPECT_EQ(get("/flags.json").header("content-type"), "application/json");
}

TEST_F(SessionBytes, IfNoneMatchAnswers304) {
  const auto first = get("/calendars/ilsc.ics");
  const auto etag = first.header("etag");
  const auto again = get("/calendars/ilsc.ics", "If-None-Match: " + etag + "\r\n");
  EXPECT_EQ(again.status, 304);
  EXPECT_TRUE(again.body.empty());
  EXPECT_EQ(again.header("etag"), etag);
  EXPECT_FALSE(again.has("content-length"));
  EXPECT_EQ(get("/calendars/ilsc.ics", "If-None-Match: \"other\", W/" + etag + "\r\n").status, 304);
  EXPECT_EQ(get("/calendars/ilsc.ics", "If-None-Match: *\r\n").status, 304);
  EXPECT_EQ(get("/calendars/ilsc.ics", "If-None-Match: \"stale\"\r\n").status, 200);
}

TEST_F(SessionBytes, IfModifiedSinceComparesDates) {
  // Last-Modified is Sun, 01 Sep 2024 12:00:00 GMT.
  EXPECT_EQ(get("/calendars/ilsc.ics", "If-Modified-Since: Sun, 01 Sep 2024 12:00:00 GMT\r\n").status, 304);
  EXPECT_EQ(get("/calendars/ilsc.ics", "If-Modified-Since: Tue, 17 Sep 2024 09:00:00 GMT\r\n").status, 304);
  EXPECT_EQ(get("/calendars/ilsc.ics", "If-Modified-Since: Sun, 01 Sep 2024 11:59:59 GMT\r\n").status, 200);
  EXPECT_EQ(get("/calendars/ilsc.ics", "If-Modified-Since: Sunday, 01-Sep-24 12:00:00 GMT\r\n").status, 304);
  // An unreadable date is ignored rather than taken as "not modified".
  EXPECT_EQ(get("/calendars/ilsc.ics", "If-Modified-Since: yesterday\r\n").status, 200);
  EXPECT_EQ(get("/calendars/ilsc.ics", "If-Modified-Since: 0\r\n").status, 200);
}

TEST_F(SessionBytes, IfNoneMatchTakesPrecedenceOverIfModifiedSince) {
  EXPECT_EQ(get("/calendars/ilsc.ics",
                "If-None-Match: \"stale\"\r\nIf-Modified-Since: Tue, 17 Sep 2024 09:00:00 GMT\r\n")
                .status,
            200);
}

TEST_F(SessionBytes, HeadSendsTheHeadersOfGetWithoutTheBody) {
  const auto raw = http::respond_to_bytes(handler_, "HEAD /calendars/ilsc.ics HTTP/1.1\r\nHost: x\r\n\r\n");
  const auto responses = parse_responses(raw, {true});
  ASSERT_EQ(responses.size(), 1u);
  EXPECT_EQ(responses[0].status, 200);
  EXPECT_EQ(responses[0].header("content-length"), std::to_string(testing::ilsc_calendar.size()));
  EXPECT_TRUE(raw.ends_with("\r\n\r\n"));  // nothing after the head
  EXPECT_EQ(responses[0].header("etag"), get("/calendars/ilsc.ics").header("etag"));
}

TEST_F(SessionBytes, PipelinedRequestsAreAnsweredInOrder) {
  const auto responses = exchange(
      "GET /calendars/ilsc.ics HTTP/1.1\r\nHost: x\r\n\r\n"
      "HEAD /flags.json HTTP/1.1\r\nHost: x\r\n\r\n"
      "GET /nowhere HTTP/1.1\r\nHost: x\r\n\r\n"
      "GET /agendas/ilsc/2024-09-17.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
      "GET /calendars/ilsc.ics HTTP/1.1\r\nHost: x\r\n\r\n",  // after close: never answered
      {false, true, false, false});
  ASSERT_EQ(responses.size(), 4u);
  EXPECT_EQ(responses[0].body, testing::ilsc_calendar);
  EXPECT_FALSE(responses[0].has("connection"));
  EXPECT_EQ(responses[1].status, 200);
  EXPECT_EQ(responses[2].status, 404);
  EXPECT_EQ(responses[3].body, "Improving Lives Select Commission\nTuesday 17 September 2024\n");
  EXPECT_EQ(responses[3].header("connection"), "close");
}

TEST_F(SessionBytes, Http10ClosesUnlessAskedToKeepAlive) {
  auto responses = exchange("GET / HTTP/1.0\r\n\r\nGET / HTTP/1.0\r\n\r\n");
  ASSERT_EQ(responses.size(), 1u);
  EXPECT_EQ(responses[0].header("connection"), "close");
  responses = exchange("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\nGET / HTTP/1.0\r\n\r\n");
  ASSERT_EQ(responses.size(), 2u);
  EXPECT_EQ(responses[0].header("connection"), "keep-alive");
}

TEST_F(SessionBytes, OtherMethodsAre405WithAllow) {
  for (std::string_view method : {"POST", "PUT", "DELETE", "OPTIONS", "PATCH", "BREW"}) {
    const auto responses = exchange(std::string(method) + " /calendars/ilsc.ics HTTP/1.1\r\nHost: x\r\n\r\n");
    ASSERT_EQ(responses.size(), 1u) << method;
    EXPECT_EQ(responses[0].status, 405) << method;
    EXPECT_EQ(responses[0].header("allow"), "GET, HEAD");
    EXPECT_TRUE(responses[0].has("etag"));
  }
}

TEST_F(SessionBytes, UnknownAndSuspiciousPathsAre404) {
  for (std::string_view target :
       {"/calendars/nobody.ics", "/calendars/../calendars/ilsc.ics", "/calendars%2Filsc.ics",
        "/calendars/ilsc.ics%00", "//calendars/ilsc.ics", "/calendars/ilsc.ics/", "/agendas/ilsc/2024-09-18.html",
        "/etc/passwd", "/members/", "/members/8f14e45fceea167a5a36dedd4bea2543"}) {
    const auto response = get(target);
    EXPECT_EQ(response.status, 404) << target;
    EXPECT_EQ(response.body, "404 Not Found\n");
    EXPECT_TRUE(response.has("etag"));
  }
  // A query does not change the resource: calendar clients add cache-busting ones.
  EXPECT_EQ(get("/calendars/ilsc.ics?nocache=1").status, 200);
  EXPECT_EQ(get("http://agendas.example/calendars/ilsc.ics").status, 200);
}

TEST_F(SessionBytes, MembersSeeExemptDetailWithTheRightTokenOnly) {
  const auto right = get("/members/" + std::string(testing::member_token) + "/agendas/ilsc/2024-09-17.html");
  EXPECT_EQ(right.status, 200);
  EXPECT_NE(right.body.find("Schedule 12A"), std::string::npos);
  const auto wrong = get("/members/8f14e45fceea167a5a36dedd4bea2544/agendas/ilsc/2024-09-17.html");
  const auto missing = get("/members/" + std::string(testing::member_token) + "/agendas/ilsc/2030-01-01.html");
  // Not to be kept by any cache, nor leaked in a Referer by a link followed from it.
  EXPECT_EQ(right.header("cache-control"), "no-store");
  EXPECT_EQ(right.header("referrer-policy"), "no-referrer");
  EXPECT_EQ(wrong.status, 404);
  EXPECT_EQ(wrong.body, missing.body);
  EXPECT_EQ(wrong.header("etag"), missing.header("etag"));
  EXPECT_EQ(get("/agendas/ilsc/2024-09-17.html").body.find("Schedule 12A"), std::string::npos);
}

TEST_F(SessionBytes, MalformedRequestsAre400AndClose) {
  for (std::string_view raw : {"GARBAGE\r\n\r\n", "GET / HTTP/1.1\r\nNo colon here\r\n\r\n",
                               "GET / HTTP/9.9\r\n\r\n", "GET /\r\n\r\n", "GET / HTTP/1.1\r\nHost: x\r\n"}) {
    const auto responses = exchange(raw);
    ASSERT_EQ(responses.size(), 1u) << raw;
    EXPECT_EQ(responses[0].status, 400) << raw;
    EXPECT_EQ(responses[0].header("connection"), "close");
  }
}

TEST_F(SessionBytes, ABodyOnAGetIsRefusedWith400) {
  const auto responses = exchange(
      "GET /calendars/ilsc.ics HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello"
      "GET /calendars/ilsc.ics HTTP/1.1\r\nHost: x\r\n\r\n");
  ASSERT_EQ(responses.size(), 1u);
  EXPECT_EQ(responses[0].status, 400);
  EXPECT_EQ(responses[0].header("connection"), "close");
  EXPECT_EQ(exchange("GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")[0].status, 400);
  // An empty body is no body.
  EXPECT_EQ(exchange("GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n")[0].status, 200);
}

// RFC 9112 §6.3: a Transfer-Encoding whose last coding is not chunked leaves the body's length
// unknown; read as no body, the body would be taken for the next request (a smuggling primitive).
TEST_F(SessionBytes, TransferEncodingNotEndingInChunkedIs400AndCloses) {
  const std::string smuggled = "GET /calendars/ilsc.ics HTTP/1.1\r\nHost: x\r\n\r\n";
  for (std::string_view codings : {"xchunked", "gzip", "chunked, gzip", "chunked,", "identity", "", "gzip, chunked"}) {
    for (std::string_view method : {"GET", "POST"}) {
      const auto responses = exchange(std::string(method) + " / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: " +
                                      std::string(codings) + "\r\n\r\n" + smuggled);
      ASSERT_EQ(responses.size(), 1u) << method << " " << codings;
      // A chunked body ("gzip, chunked") is framed, but is refused on a GET and not read on a POST.
      EXPECT_EQ(responses[0].status, codings == "gzip, chunked" && method == "POST" ? 405 : 400) << codings;
      EXPECT_EQ(responses[0].header("connection"), "close");
    }
  }
  // Two lines: the last coding of the last line decides.
  auto responses = exchange("GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: gzip\r\n\r\n" +
                            smuggled);
  ASSERT_EQ(responses.size(), 1u);
  EXPECT_EQ(responses[0].status, 400);
  // HTTP/1.0 has no Transfer-Encoding (RFC 9112 §6.1), chunked or not.
  for (std::string_view codings : {"chunked", "gzip"}) {
    responses = exchange("GET / HTTP/1.0\r\nConnection: keep-alive\r\nTransfer-Encoding: " + std::string(codings) +
                         "\r\n\r\n0\r\n\r\n" + smuggled);
    ASSERT_EQ(responses.size(), 1u) << codings;
    EXPECT_EQ(responses[0].status, 400) << codings;
    EXPECT_EQ(responses[0].header("connection"), "close");
  }
}

// RFC 9112 §3.2: an HTTP/1.1 request has exactly one Host. HTTP/1.0 requests may have none.
TEST_F(SessionBytes, AMissingOrDoubledHostIs400AndCloses) {
  for (std::string_view raw : {"GET / HTTP/1.1\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n",
                               "GET / HTTP/1.1\r\nHost: x\r\nHost: y\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n",
                               "GET / HTTP/1.1\r\nHost: x\r\nhost: x\r\n\r\n",
                               "GET / HTTP/1.0\r\nHost: x\r\nHost: y\r\n\r\n"}) {
    const auto responses = exchange(raw);
    ASSERT_EQ(responses.size(), 1u) << raw;
    EXPECT_EQ(responses[0].status, 400) << raw;
    EXPECT_EQ(responses[0].header("connection"), "close");
  }
  EXPECT_EQ(exchange("GET / HTTP/1.0\r\n\r\n")[0].status, 200);
  EXPECT_EQ(exchange("GET / HTTP/1.1\r\nHost:\r\n\r\n")[0].status, 200);  // empty is allowed (§3.2)
}

// RFC 9112 §5.2: a field line that starts with a space or tab folds into the previous one. Beast
// accepts and joins such lines; a proxy in front may not, and so they are refused.
TEST_F(SessionBytes, ObsFoldIs400AndCloses) {
  for (std::string_view raw :
       {"GET / HTTP/1.1\r\nHost: x\r\nX-Note: a\r\n b\r\n\r\n", "GET / HTTP/1.1\r\nHost: x\r\nX-Note: a\r\n\tb\r\n\r\n",
        "GET / HTTP/1.1\r\nX-Note:\r\n  x\r\nHost: x\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n , chunked\r\n\r\n0\r\n\r\n"}) {
    const auto responses = exchange(std::string(raw) + "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    ASSERT_EQ(responses.size(), 1u) << raw;
    EXPECT_EQ(responses[0].status, 400) << raw;
    EXPECT_EQ(responses[0].header("connection"), "close");
  }
  // Spaces and tabs inside and around a value are not folds.
  EXPECT_EQ(get("/", "X-Note: \t a \t b \t\r\n").status, 200);
}

// RFC 9110 §5.3: a list field's lines are one list.
TEST_F(SessionBytes, IfNoneMatchLinesAreOneList) {
  const auto etag = get("/calendars/ilsc.ics").header("etag");
  EXPECT_EQ(get("/calendars/ilsc.ics", "If-None-Match: \"other\"\r\nIf-None-Match: " + etag + "\r\n").status, 304);
  EXPECT_EQ(get("/calendars/ilsc.ics", "If-None-Match: " + etag + "\r\nIf-None-Match: \"other\"\r\n").status, 304);
  EXPECT_EQ(get("/calendars/ilsc.ics", "If-None-Match:\r\nIf-None-Match: \"a\", " + etag + "\r\n").status, 304);
  EXPECT_EQ(get("/calendars/ilsc.ics", "If-None-Match: \"a\"\r\nIf-None-Match: \"b\"\r\n").status, 200);
  EXPECT_EQ(get("/healthz", "If-None-Match: \"a\"\r\nIf-None-Match: " + get("/healthz").header("etag") + "\r\n").status,
            304);
}

// A request line longer than the header limit is 414 (its target), not 431 (the fields).
TEST_F(SessionBytes, AnOverlongTargetIs414) {
  for (std::size_t length : {std::size_t{9000}, std::size_t{64} * 1024}) {
    const auto responses = exchange("GET /" + std::string(length, 'a') + " HTTP/1.1\r\nHost: x\r\n\r\n");
    ASSERT_EQ(responses.size(), 1u) << length;
    EXPECT_EQ(responses[0].status, 414) << length;
    EXPECT_EQ(responses[0].reason, "URI Too Long");
    EXPECT_EQ(responses[0].header("connection"), "close");
  }
  // Long fields after a short request line stay 431, and bytes with no request line 400.
  EXPECT_EQ(exchange("GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + std::string(9000, 'a') + "\r\n\r\n")[0].status, 431);
  EXPECT_EQ(exchange(std::string(9000, 'a'))[0].status, 400);
  // A target just within the limit is read (and not found).
  EXPECT_EQ(exchange("GET /" + std::string(8000, 'a') + " HTTP/1.1\r\nHost: x\r\n\r\n")[0].status, 404);
}

TEST_F(SessionBytes, HeadersOver8KiBAre431) {
  const std::string big(9000, 'a');
  const auto responses = exchange("GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + big + "\r\n\r\n");
  ASSERT_EQ(responses.size(), 1u);
  EXPECT_EQ(responses[0].status, 431);
  EXPECT_EQ(responses[0].header("connection"), "close");
  // Just under the limit is fine.
  const std::string fits(8000, 'a');
  EXPECT_EQ(exchange("GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + fits + "\r\n\r\n")[0].status, 200);
}

TEST_F(SessionBytes, HealthzReportsTheSnapshot) {
  const auto response = get("/healthz");
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.header("content-type"), "application/json");
  EXPECT_EQ(response.header("cache-control"), "no-store");
  EXPECT_NE(response.body.find("\"status\": \"ok\""), std::string::npos);
  EXPECT_NE(response.body.find("\"config_hash\": \"c0ffee\""), std::string::npos);
  EXPECT_NE(response.body.find("\"loaded_at\": \"2024-09-01T12:00:00Z\""), std::string::npos);
  EXPECT_NE(response.body.find("\"generation\": 1"), std::string::npos);
}

TEST_F(SessionBytes, HealthzIsDegradedWithTheErrorsOfAFailedReload) {
  published_.fail(Failure{testing::fixture_time(), {"config/ilsc.yaml:12:5: error: meetings[2].date: no such day"}});
  const auto response = get("/healthz");
  EXPECT_EQ(response.status, 200);
  EXPECT_NE(response.body.find("\"status\": \"degraded\""), std::string::npos);
  // The public are told how many; members where (a located error may quote exempt detail).
  EXPECT_NE(response.body.find("\"errors\": 1"), std::string::npos) << response.body;
  EXPECT_EQ(response.body.find("no such day"), std::string::npos) << response.body;
  const auto members = get("/members/" + std::string(testing::member_token) + "/healthz");
  EXPECT_EQ(members.status, 200);
  EXPECT_NE(members.body.find("config/ilsc.yaml:12:5: error: meetings[2].date: no such day"), std::string::npos);
  // What is served stays the last good snapshot.
  EXPECT_EQ(get("/calendars/ilsc.ics").body, testing::ilsc_calendar);
}

TEST_F(SessionBytes, MetricsCountRequestsByRouteAndStatus) {
  const auto responses = exchange(
      "GET /calendars/ilsc.ics HTTP/1.1\r\nHost: x\r\n\r\n"
      "GET /calendars/nobody.ics HTTP/1.1\r\nHost: x\r\n\r\n"
      "GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n");
  ASSERT_EQ(responses.size(), 3u);
  const auto& metrics = responses[2].body;
  EXPECT_EQ(responses[2].header("content-type"), "text/plain; version=0.0.4; charset=utf-8");
  EXPECT_NE(metrics.find("agendad_http_requests_total{route=\"calendar\",status=\"200\"} 1\n"), std::string::npos);
  EXPECT_NE(metrics.find("agendad_http_requests_total{route=\"calendar\",status=\"404\"} 1\n"), std::string::npos);
  EXPECT_NE(metrics.find("agendad_http_request_duration_seconds_bucket{le=\"+Inf\"} 2\n"), std::string::npos);
  EXPECT_NE(metrics.find("agendad_open_connections 1\n"), std::string::npos);
  EXPECT_NE(metrics.find("agendad_config_generation 1\n"), std::string::npos);
  EXPECT_NE(metrics.find("agendad_reloads_total{outcome=\"ok\"} 1\n"), std::string::npos);
  // The snapshot's first load rendered every page and feed it serves.
  const auto served = testing::fixture_snapshot();
  EXPECT_NE(metrics.find("\nagendad_rendered_resources " +
                         std::to_string(served.public_resources.size() + served.member_resources.size()) + "\n"),
            std::string::npos);
}

}  // namespace
}  // namespace agendad::site
