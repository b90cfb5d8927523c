#pragma once
// A request as the handler sees it and the reply it gives: plain values, no Beast, so that what
// to answer can be decided, tested and fuzzed apart from the connection that carries it.
#include <cstddef>
#include <limits>
#include <string>
#include <string_view>

namespace agendad::http {

enum class Method { get, head, other };

struct Request {
  Method method = Method::get;
  std::string_view target;
  bool has_if_none_match = false;
  std::string_view if_none_match;
  bool has_if_modified_since = false;
  std::string_view if_modified_since;
  std::string_view accept_encoding;
};

// A reply the transport made before any handler saw the request (400, 414, 431, 503).
inline constexpr std::size_t unrouted = std::numeric_limits<std::size_t>::max();

struct Reply {
  unsigned status = 200;
  std::size_t route = unrouted;    // what the handler counts the reply under; the transport only carries it
  std::string_view content_type;
  std::string_view last_modified;  // an HTTP date; empty: no Last-Modified
  int max_age = 0;                 // Cache-Control: max-age; 0 with no_store: no-store
  bool no_store = false;
  bool secret_url = false;         // the URL is a secret: Cache-Control: no-store, Referrer-Policy: no-referrer
  bool gzip = false;               // Content-Encoding: gzip
  bool vary = false;               // Vary: Accept-Encoding
  bool allow = false;              // Allow: GET, HEAD (on 405)
  bool close = false;              // the connection must close after this reply
  bool send_body = true;           // false for HEAD and 304: Content-Length still says body().size() for HEAD

  std::string_view body() const { return generated ? std::string_view(generated_body) : borrowed_body; }
  std::string_view etag() const { return generated ? std::string_view(generated_etag) : borrowed_etag; }

  // Bodies live in what the handler gives the session to keep (see handler.hpp), in static
  // storage (errors), or here when made per request.
  std::string_view borrowed_body;
  std::string_view borrowed_etag;
  bool generated = false;
  std::string generated_body;
  std::string generated_etag;
};

// A reply for an error found before a request could be routed, or for a method not served: 400,
// 404, 405, 414, 431 or 503, each with a fixed plain-text body.
Reply error_reply(unsigned status);

}  // namespace agendad::http
