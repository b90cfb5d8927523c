#pragma once
// What to answer to one request: routing by the URL space (feeds/urls/url_space.hpp), members'
// tokens, methods, conditional requests and content coding, decided from the snapshot alone. No
// I/O and no Beast here, so the decision can be tested and fuzzed directly; the transport
// (daemon/http) only parses and writes.
#include <memory>
#include <string>
#include <string_view>

#include "daemon/http/message.hpp"
#include "daemon/site/metrics.hpp"
#include "daemon/site/published.hpp"
#include "daemon/site/snapshot.hpp"

namespace agendad::site {

struct Services {
  const Published& published;
  const Metrics& metrics;
};

http::Reply respond(const Snapshot& snapshot, const Services& services, const http::Request& request);

// The public /healthz document: status ok or degraded, the configuration's hash, when it loaded,
// its generation, and how many errors the last failed reload had and how many warnings this load
// has. Only counts: a located error quotes the configuration, exempt items' ids and values
// included (the reloader writes them to the journal).
std::string health_json(const Snapshot& snapshot, const Failure* failure);
// The members' /members/<token>/healthz: the same, with the errors and warnings in full.
std::string members_health_json(const Snapshot& snapshot, const Failure* failure);

}  // namespace agendad::site
