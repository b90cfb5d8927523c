#pragma once
// The request headers that choose between representations: If-None-Match (RFC 9110 §13.1.2)
// and Accept-Encoding (§12.5.3).
#include <string_view>

namespace agendad::server {

// Whether an If-None-Match value matches the entity tag `etag` (given with its quotes). "*"
// matches any current representation; tags compare weakly, so W/"x" matches "x". A value that
// does not parse as a list of entity tags matches nothing.
bool if_none_match(std::string_view header, std::string_view etag);

// Whether the client accepts gzip: "gzip" or "x-gzip" or "*" with a q-value above zero, and gzip
// not refused explicitly by "gzip;q=0".
bool accepts_gzip(std::string_view accept_encoding);

}  // namespace agendad::server
