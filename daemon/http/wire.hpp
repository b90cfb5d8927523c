#pragma once
// The wire format of HTTP/1.1 as the session reads and writes it: the fields it reads, the framing
// rules it enforces (RFC 9112), and the status line and header fields it writes. Included by
// session.hpp alone.
#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdint>
#include <memory_resource>
#include <string>
#include <string_view>

#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include "daemon/http/http_date.hpp"
#include "daemon/http/message.hpp"

namespace agendad::http::session {

namespace beast = boost::beast;
namespace beast_http = beast::http;

// A request's header fields are allocated in the session's arena, which is emptied at the next
// request: no heap allocation for a request of ordinary size.
using FieldsAllocator = std::pmr::polymorphic_allocator<char>;
using Parser = beast_http::request_parser<beast_http::empty_body, FieldsAllocator>;

// The Date header's value, formatted once a second per thread rather than once a response.
inline std::string_view http_date_now() {
  thread_local std::chrono::sys_seconds formatted_at{};
  thread_local std::string text;
  const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  if (text.empty() || now != formatted_at) {
    text = format_http_date(now);
    formatted_at = now;
  }
  return text;
}

inline std::string_view field(const Parser::value_type& request, beast_http::field name, bool& present) {
  const auto found = request.find(name);
  present = found != request.end();
  return present ? std::string_view(found->value()) : std::string_view{};
}

// The field's lines as one comma-separated list (RFC 9110 §5.3), for the fields whose lines a
// sender may split: one line is returned as it is, and only several are copied, into `joined`.
inline std::string_view list_field(const Parser::value_type& request, beast_http::field name, bool& present, std::string& joined) {
  const auto [first, last] = request.equal_range(name);
  present = first != last;
  if (!present) return {};
  if (std::next(first) == last) return first->value();
  joined.clear();
  for (auto line = first; line != last; ++line) {
    if (line->value().empty()) continue;
    if (!joined.empty()) joined += ", ";
    joined += std::string_view(line->value());
  }
  return joined;
}

inline std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

// Whether the request says unambiguously what it asks for and where it ends; when it does not,
// it is refused with 400 and the connection closed, as a request smuggled behind it could
// otherwise be read as the next one.
//  - Host: exactly one in HTTP/1.1 (RFC 9112 §3.2); HTTP/1.0 does not require it, and clients
//    of that age (and probes) omit it, so there none is allowed, but never two.
//  - Transfer-Encoding: its last coding must be chunked (RFC 9112 §6.3: the length of any other
//    body is unknown), and an HTTP/1.0 request may not use it at all (§6.1). Beast reads a body
//    only for chunked, so "gzip" or "chunked, gzip" would leave the body to be read as a request.
inline bool well_framed(const Parser::value_type& request) {
  const auto hosts = request.count(beast_http::field::host);
  if (hosts > 1 || (hosts == 0 && request.version() >= 11)) return false;
  const auto [first, last] = request.equal_range(beast_http::field::transfer_encoding);
  if (first == last) return true;
  if (request.version() < 11) return false;
  const std::string_view codings = std::prev(last)->value();
  const auto comma = codings.rfind(',');
  return beast::iequals(trim(comma == std::string_view::npos ? codings : codings.substr(comma + 1)), "chunked");
}

// Whether header bytes hold an obs-fold: a field line that starts with a space or a tab and so
// continues the previous one (RFC 9112 §5.2). Beast 1.74 accepts these and joins the lines, where
// a server must reject them (or replace each fold by a space, which is what makes them
// dangerous: a proxy in front may not).
inline bool has_obs_fold(std::string_view bytes) {
  for (auto at = bytes.find('\n'); at != std::string_view::npos && at + 1 < bytes.size(); at = bytes.find('\n', at + 1))
    if (bytes[at + 1] == ' ' || bytes[at + 1] == '\t') return true;
  return false;
}

inline void append_number(std::string& out, std::uint64_t number) {
  char digits[24];
  const auto end = std::to_chars(std::begin(digits), std::end(digits), number).ptr;
  out.append(digits, end);
}

// The status line and header fields of a reply, written into `out` (whose capacity the session
// reuses from one response to the next).
inline void format_head(std::string& out, const Reply& reply, bool keep_alive, bool http10) {
  out.clear();
  out += "HTTP/1.1 ";
  append_number(out, reply.status);
  out += ' ';
  out += std::string_view(beast_http::obsolete_reason(beast_http::int_to_status(reply.status)));
  out += "\r\nServer: agendad\r\nDate: ";
  out += http_date_now();
  if (reply.status != 304) {
    out += "\r\nContent-Type: ";
    out += reply.content_type;
    out += "\r\nContent-Length: ";
    append_number(out, reply.body().size());
  }
  out += "\r\nETag: ";
  out += reply.etag();
  if (!reply.last_modified.empty()) {
    out += "\r\nLast-Modified: ";
    out += reply.last_modified;
  }
  if (reply.no_store || reply.secret_url) {
    out += "\r\nCache-Control: no-store";
  } else {
    out += "\r\nCache-Control: public, max-age=";
    append_number(out, static_cast<std::uint64_t>(reply.max_age));
  }
  // A link followed from a member's page must not carry the page's address, token and all.
  if (reply.secret_url) out += "\r\nReferrer-Policy: no-referrer";
  if (reply.vary) out += "\r\nVary: Accept-Encoding";
  if (reply.gzip) out += "\r\nContent-Encoding: gzip";
  if (reply.allow) out += "\r\nAllow: GET, HEAD";
  if (reply.status == 503) out += "\r\nRetry-After: 1";
  out += "\r\nX-Content-Type-Options: nosniff";
  if (!keep_alive)
    out += "\r\nConnection: close";
  else if (http10)
    out += "\r\nConnection: keep-alive";
  out += "\r\n\r\n";
}

}  // namespace agendad::http::session
