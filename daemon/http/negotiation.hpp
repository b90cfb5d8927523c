#pragma once
// The request headers that choose between representations: If-None-Match (RFC 9110 §13.1.2),
// If-Modified-Since (§13.1.3) and Accept-Encoding (§12.5.3).
#include <chrono>
#include <string_view>

#include "daemon/http/message.hpp"

namespace agendad::http {

// Whether an If-None-Match value matches the entity tag `etag` (given with its quotes). "*"
// matches any current representation; tags compare weakly, so W/"x" matches "x". A value that
// does not parse as a list of entity tags matches nothing.
bool if_none_match(std::string_view header, std::string_view etag);

// Whether the client accepts gzip: "gzip" or "x-gzip" or "*" with a q-value above zero, and gzip
// not refused explicitly by "gzip;q=0".
bool accepts_gzip(std::string_view accept_encoding);

// Whether the request's conditions say the client has this representation already (RFC 9110
// §13.2.2): If-None-Match decides when present; otherwise If-Modified-Since, compared as dates and
// ignored when it is not a valid HTTP date.
bool not_modified(const Request& request, std::string_view etag, std::chrono::sys_seconds last_modified);

}  // namespace agendad::http
