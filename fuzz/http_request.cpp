// links: agendad_site agendad_in_memory
// Raw bytes into the HTTP session, as a client would send them over a connection it then half
// closes, through Beast's in-memory stream (respond_to_bytes): parsing, routing, conditional
// requests, content coding and error replies must never crash, hang or trip a sanitizer, and
// whatever is written back must be HTTP responses.
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "daemon/http/digest.hpp"
#include "daemon/site/site_handler.hpp"
#include "daemon/site/snapshot.hpp"
#include "feeds/urls/formats.hpp"
#include "tests/support/in_memory_session.hpp"

namespace {

using namespace agendad::site;
namespace urls = agendad::urls;
namespace http = agendad::http;

// A small fixed snapshot with each kind of resource: a calendar (never gzipped), HTML and JSON
// (gzipped), plain text, and a member's page behind a token.
const Published& published() {
  static const Published* instance = [] {
    auto* p = new Published;
    Snapshot snapshot;
    const std::chrono::sys_seconds when{std::chrono::seconds{1726559999}};
    snapshot.public_resources.emplace(
        "/calendars/ilsc.ics",
        make_resource("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", urls::media_type::calendar, when, 300));
    snapshot.public_resources.emplace(
        "/", make_resource("<!doctype html><title>agendad</title><p>Hello</p>\n", urls::media_type::html, when, 60));
    snapshot.public_resources.emplace("/flags.json", make_resource("{\"flags\":[]}\n", urls::media_type::json, when, 60));
    snapshot.public_resources.emplace("/agendas/ilsc/2024-09-17.txt",
                                      make_resource("Agenda\n", urls::media_type::text, when, 60));
    snapshot.member_resources.emplace("/", make_resource("<p>Members</p>\n", urls::media_type::html, when, 60));
    snapshot.member_tokens.push_back(http::digest_of("0123456789abcdef0123456789abcdef"));
    snapshot.config_hash = "fuzz";
    snapshot.loaded_at = when;
    p->publish(std::move(snapshot));
    return p;
  }();
  return *instance;
}

const SiteHandler& handler() {
  static Metrics metrics;
  static const SiteHandler instance(published(), metrics);
  return instance;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view raw(reinterpret_cast<const char*>(data), size);
  const auto written = http::respond_to_bytes(handler(), raw);
  // Anything written back is a response: the session never echoes input or writes garbage.
  if (!written.empty() && !written.starts_with("HTTP/1.1 ")) __builtin_trap();
  return 0;
}
