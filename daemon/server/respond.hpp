#pragma once
// What to answer to one request: routing, methods, conditional requests and content coding,
// decided from the snapshot alone. No I/O and no Beast here, so the decision can be tested and
// fuzzed directly; the session (http_server.cpp) only parses and writes.
#include <memory>
#include <string>
#include <string_view>

#include "daemon/server/metrics.hpp"
#include "daemon/server/published.hpp"
#include "daemon/server/snapshot.hpp"

namespace agendad::server {

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

struct Reply {
  unsigned status = 200;
  Route route = Route::none;
  std::string_view content_type;
  std::string_view last_modified;  // an HTTP date; empty: no Last-Modified
  int max_age = 0;                 // Cache-Control: max-age; 0 with no_store: no-store
  bool no_store = false;
  bool members = false;            // members' pages: Cache-Control: no-store, Referrer-Policy: no-referrer
  bool gzip = false;               // Content-Encoding: gzip
  bool vary = false;               // Vary: Accept-Encoding
  bool allow = false;              // Allow: GET, HEAD (on 405)
  bool close = false;              // the connection must close after this reply
  bool send_body = true;           // false for HEAD and 304: Content-Length still says body().size() for HEAD

  std::string_view body() const { return generated ? std::string_view(generated_body) : borrowed_body; }
  std::string_view etag() const { return generated ? std::string_view(generated_etag) : borrowed_etag; }

  // Bodies live in the snapshot (which the caller keeps alive until the write ends), in static
  // storage (errors), or here when made per request (/healthz, /metrics).
  std::string_view borrowed_body;
  std::string_view borrowed_etag;
  bool generated = false;
  std::string generated_body;
  std::string generated_etag;
};

struct Services {
  const Published& published;
  const Metrics& metrics;
};

Reply respond(const Snapshot& snapshot, const Services& services, const Request& request);

// A reply for an error found before a request could be routed: 400, 404, 405, 414, 431 or 503.
Reply error_reply(unsigned status);

// The public /healthz document: status ok or degraded, the configuration's hash, when it loaded,
// its generation, and how many errors the last failed reload had and how many warnings this load
// has. Only counts: a located error quotes the configuration, exempt items' ids and values
// included (the reloader writes them to the journal).
std::string health_json(const Snapshot& snapshot, const Failure* failure);
// The members' /members/<token>/healthz: the same, with the errors and warnings in full.
std::string members_health_json(const Snapshot& snapshot, const Failure* failure);

}  // namespace agendad::server
