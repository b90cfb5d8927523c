#include "tests/site/fixture.hpp"

#include <gtest/gtest.h>
#include <zlib.h>

#include "daemon/http/digest.hpp"
#include "daemon/site/members.hpp"
#include "feeds/urls/formats.hpp"

namespace agendad::site::testing {

std::chrono::sys_seconds fixture_time() {
  using namespace std::chrono;
  return sys_seconds{sys_days{2024y / September / 1}} + 12h;
}

Snapshot fixture_snapshot(std::string_view agenda_heading) {
  Snapshot snapshot;
  const auto at = fixture_time();
  auto& pub = snapshot.public_resources;
  pub.emplace("/", make_resource("<!doctype html><title>agendad</title><a href=\"/calendars/ilsc.ics\">ILSC</a>",
                                  urls::media_type::html, at, 300));
  pub.emplace("/calendars/ilsc.ics", make_resource(std::string(ilsc_calendar), urls::media_type::calendar, at, 1800));
  pub.emplace("/agendas/ilsc/2024-09-17.html",
              make_resource("<!doctype html><h1>" + std::string(agenda_heading) +
                                "</h1><p>Tuesday 17 September 2024, 10.00 a.m.</p>" + std::string(2000, ' '),
                            urls::media_type::html, at, 300));
  pub.emplace("/agendas/ilsc/2024-09-17.txt",
              make_resource(std::string(agenda_heading) + "\nTuesday 17 September 2024\n", urls::media_type::text, at, 300));
  pub.emplace("/flags.json", make_resource("{\"flags\":[]}", urls::media_type::json, at, 300));
  snapshot.member_resources.emplace(
      "/agendas/ilsc/2024-09-17.html",
      make_resource("<!doctype html><h1>" + std::string(agenda_heading) +
                        "</h1><p>Exempt: paragraph 3 of Schedule 12A</p>",
                    urls::media_type::html, at, 0));
  snapshot.member_tokens.push_back(http::digest_of(member_token));
  snapshot.config_hash = "c0ffee";
  snapshot.loaded_at = at;
  snapshot.rendered = snapshot.public_resources.size() + snapshot.member_resources.size();  // as a first load
  return snapshot;
}

namespace {
std::string lower(std::string text) {
  for (auto& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}
}  // namespace

std::vector<HttpResponse> parse_responses(std::string_view bytes, const std::vector<bool>& head) {
  std::vector<HttpResponse> responses;
  while (!bytes.empty()) {
    const auto end_of_head = bytes.find("\r\n\r\n");
    if (end_of_head == std::string_view::npos) {
      ADD_FAILURE() << "incomplete response head: " << bytes;
      break;
    }
    std::string_view head_text = bytes.substr(0, end_of_head + 2);
    bytes.remove_prefix(end_of_head + 4);
    HttpResponse response;
    const auto first_line_end = head_text.find("\r\n");
    const auto status_line = head_text.substr(0, first_line_end);
    EXPECT_TRUE(status_line.starts_with("HTTP/1.1 ")) << status_line;
    response.status = std::stoi(std::string(status_line.substr(9, 3)));
    response.reason = std::string(status_line.substr(13));
    head_text.remove_prefix(first_line_end + 2);
    while (!head_text.empty()) {
      const auto line_end = head_text.find("\r\n");
      const auto line = head_text.substr(0, line_end);
      head_text.remove_prefix(line_end + 2);
      const auto colon = line.find(':');
      EXPECT_NE(colon, std::string_view::npos) << line;
      auto value = line.substr(colon + 1);
      while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
      EXPECT_EQ(response.headers.count(lower(std::string(line.substr(0, colon)))), 0u) << "repeated " << line;
      response.headers[lower(std::string(line.substr(0, colon)))] = std::string(value);
    }
    const bool bodyless = (responses.size() < head.size() && head[responses.size()]) || response.status == 304;
    if (!bodyless) {
      const auto length = static_cast<std::size_t>(std::stoull(response.header("content-length")));
      EXPECT_LE(length, bytes.size());
      response.body = std::string(bytes.substr(0, length));
      bytes.remove_prefix(std::min(length, bytes.size()));
    }
    responses.push_back(std::move(response));
  }
  return responses;
}

std::string gunzip(std::string_view compressed) {
  z_stream stream{};
  EXPECT_EQ(inflateInit2(&stream, 15 + 16), Z_OK);
  std::string out(1 << 20, '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
  stream.avail_in = static_cast<uInt>(compressed.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(inflate(&stream, Z_FINISH), Z_STREAM_END);
  out.resize(stream.total_out);
  inflateEnd(&stream);
  return out;
}

}  // namespace agendad::site::testing
