#include "daemon/server/respond.hpp"

#include <array>
#include <map>

#include "daemon/server/http_date.hpp"
#include "daemon/server/members.hpp"
#include "daemon/server/negotiation.hpp"

namespace agendad::server {
namespace {

struct ErrorPage {
  unsigned status;
  std::string body;
  std::string etag;
};

// Error bodies are fixed, so their tags are computed once.
const ErrorPage& error_page(unsigned status) {
  static const auto pages = [] {
    const std::array<std::pair<unsigned, std::string_view>, 6> texts{{
        {400, "400 Bad Request: the request could not be read as HTTP/1.1 (a GET or HEAD may not carry a body).\n"},
        {404, "404 Not Found\n"},
        {405, "405 Method Not Allowed: only GET and HEAD are served.\n"},
        {414, "414 URI Too Long: the request line exceeds 8 KiB.\n"},
        {431, "431 Request Header Fields Too Large: the request's headers exceed 8 KiB.\n"},
        {503, "503 Service Unavailable: too many connections; try again shortly.\n"},
    }};
    std::map<unsigned, ErrorPage> all;
    for (const auto& [status, text] : texts)
      all[status] = ErrorPage{status, std::string(text), "\"" + hex(digest_of(text)).substr(0, 32) + "\""};
    return all;
  }();
  return pages.at(status);
}

// The path of a request target: origin-form as is, absolute-form without its scheme and
// authority, and without any query in either case (calendar clients add cache-busting queries).
std::string_view path_of(std::string_view target) {
  for (std::string_view scheme : {"http://", "https://"})
    if (target.starts_with(scheme)) {
      target.remove_prefix(scheme.size());
      const auto slash = target.find('/');
      target = slash == std::string_view::npos ? std::string_view("/") : target.substr(slash);
    }
  return target.substr(0, target.find('?'));
}

Reply generated_reply(Route route, std::string_view type, std::string body) {
  Reply reply;
  reply.route = route;
  reply.content_type = type;
  reply.no_store = true;
  reply.generated = true;
  reply.generated_etag = "\"" + hex(digest_of(body)).substr(0, 32) + "\"";
  reply.generated_body = std::move(body);
  return reply;
}

// The resource at `path`, and the route it counts under; nullptr when there is none (a wrong
// member's token included: it must look exactly like a missing page).
const Resource* find_resource(const Snapshot& snapshot, std::string_view path) {
  constexpr std::string_view members = "/members/";
  if (path.starts_with(members)) {
    const auto rest = path.substr(members.size());
    const auto slash = rest.find('/');
    if (slash == std::string_view::npos) return nullptr;
    if (!is_member_token(snapshot.member_tokens, rest.substr(0, slash))) return nullptr;
    const auto found = snapshot.member_resources.find(rest.substr(slash));
    return found == snapshot.member_resources.end() ? nullptr : &found->second;
  }
  const auto found = snapshot.public_resources.find(path);
  return found == snapshot.public_resources.end() ? nullptr : &found->second;
}

// Whether `path` is /members/<token>/<rest> for one of the snapshot's tokens.
bool members_path(const Snapshot& snapshot, std::string_view path, std::string_view rest) {
  constexpr std::string_view members = "/members/";
  if (!path.starts_with(members) || !path.ends_with(rest) || path.size() <= members.size() + rest.size()) return false;
  return is_member_token(snapshot.member_tokens, path.substr(members.size(), path.size() - members.size() - rest.size()));
}

// RFC 9110 §13.2.2: If-None-Match decides when present; otherwise If-Modified-Since, compared as
// dates and ignored when it is not a valid HTTP date.
bool not_modified(const Request& request, std::string_view etag, std::chrono::sys_seconds last_modified) {
  if (request.has_if_none_match) return if_none_match(request.if_none_match, etag);
  if (!request.has_if_modified_since) return false;
  const auto since = parse_http_date(request.if_modified_since);
  return since && last_modified <= *since;
}

}  // namespace

Reply error_reply(unsigned status) {
  const auto& page = error_page(status);
  Reply reply;
  reply.status = status;
  reply.content_type = content_type::text;
  reply.borrowed_body = page.body;
  reply.borrowed_etag = page.etag;
  reply.no_store = true;
  // After a request that could not be read there is no telling where the next one starts.
  reply.close = status == 400 || status == 414 || status == 431 || status == 503;
  return reply;
}

Reply respond(const Snapshot& snapshot, const Services& services, const Request& request) {
  const auto path = path_of(request.target);
  const auto route = route_of(path);
  if (request.method == Method::other) {
    auto reply = error_reply(405);
    reply.route = route;
    reply.allow = true;
    return reply;
  }
  Reply reply;
  if (path == "/healthz") {
    reply = generated_reply(route, content_type::json, health_json(snapshot, services.published.failure().get()));
  } else if (members_path(snapshot, path, "/healthz")) {
    reply = generated_reply(route, content_type::json,
                            members_health_json(snapshot, services.published.failure().get()));
    reply.members = true;
  } else if (path == "/metrics") {
    const Metrics::Gauges gauges{snapshot.generation, services.published.reloads_ok(),
                                 services.published.reloads_failed()};
    reply = generated_reply(route, "text/plain; version=0.0.4; charset=utf-8", services.metrics.render(gauges));
  } else if (const auto* resource = find_resource(snapshot, path)) {
    reply.route = route;
    reply.content_type = resource->content_type;
    reply.max_age = resource->max_age;
    reply.members = path.starts_with("/members/");
    reply.last_modified = resource->last_modified_text;
    reply.vary = !resource->gzip_body.empty();
    reply.gzip = reply.vary && accepts_gzip(request.accept_encoding);
    reply.borrowed_body = reply.gzip ? resource->gzip_body : resource->body;
    reply.borrowed_etag = reply.gzip ? resource->gzip_etag : resource->etag;
    if (not_modified(request, reply.etag(), resource->last_modified)) {
      reply.status = 304;
      reply.send_body = false;
    }
  } else {
    reply = error_reply(404);
    reply.route = route;
  }
  if (request.method == Method::head) reply.send_body = false;
  // /healthz and /metrics answer If-None-Match too, though they change with every counter.
  if (reply.generated && request.has_if_none_match && if_none_match(request.if_none_match, reply.etag())) {
    reply.status = 304;
    reply.send_body = false;
  }
  return reply;
}

}  // namespace agendad::server
