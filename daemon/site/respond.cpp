#include "daemon/site/respond.hpp"

#include "daemon/http/digest.hpp"
#include "daemon/site/members.hpp"
#include "daemon/http/negotiation.hpp"
#include "feeds/urls/formats.hpp"
#include "feeds/urls/url_space.hpp"

namespace agendad::site {
namespace {

using http::Method;
using http::Reply;
using http::error_reply;

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

Reply generated_reply(urls::Route route, std::string_view type, std::string body) {
  Reply reply;
  reply.route = route_label(route);
  reply.content_type = type;
  reply.no_store = true;
  reply.generated = true;
  reply.generated_etag = "\"" + http::hex(http::digest_of(body)).substr(0, 32) + "\"";
  reply.generated_body = std::move(body);
  return reply;
}

// The resource at `path`, and the route it counts under; nullptr when there is none (a wrong
// member's token included: it must look exactly like a missing page).
const Resource* find_resource(const Snapshot& snapshot, std::string_view path) {
  constexpr std::string_view members = urls::prefix::members;
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
  constexpr std::string_view members = urls::prefix::members;
  if (!path.starts_with(members) || !path.ends_with(rest) || path.size() <= members.size() + rest.size()) return false;
  return is_member_token(snapshot.member_tokens, path.substr(members.size(), path.size() - members.size() - rest.size()));
}

}  // namespace

http::Reply respond(const Snapshot& snapshot, const Services& services, const http::Request& request) {
  const auto path = path_of(request.target);
  const auto route = urls::route_of(path);
  if (request.method == Method::other) {
    auto reply = error_reply(405);
    reply.route = route_label(route);
    reply.allow = true;
    return reply;
  }
  Reply reply;
  if (path == "/healthz") {
    reply = generated_reply(route, urls::media_type::json, health_json(snapshot, services.published.failure().get()));
  } else if (members_path(snapshot, path, "/healthz")) {
    reply = generated_reply(route, urls::media_type::json,
                            members_health_json(snapshot, services.published.failure().get()));
    reply.secret_url = true;
  } else if (path == "/metrics") {
    const Metrics::Gauges gauges{snapshot.generation, services.published.reloads_ok(),
                                 services.published.reloads_failed(), snapshot.rendered};
    reply = generated_reply(route, urls::media_type::prometheus, services.metrics.render(gauges));
  } else if (const auto* resource = find_resource(snapshot, path)) {
    reply.route = route_label(route);
    reply.content_type = resource->content_type;
    reply.max_age = resource->max_age;
    reply.secret_url = path.starts_with(urls::prefix::members);
    reply.last_modified = resource->last_modified_text;
    reply.vary = !resource->gzip_body.empty();
    reply.gzip = reply.vary && http::accepts_gzip(request.accept_encoding);
    reply.borrowed_body = reply.gzip ? resource->gzip_body : resource->body;
    reply.borrowed_etag = reply.gzip ? resource->gzip_etag : resource->etag;
    if (http::not_modified(request, reply.etag(), resource->last_modified)) {
      reply.status = 304;
      reply.send_body = false;
    }
  } else {
    reply = error_reply(404);
    reply.route = route_label(route);
  }
  if (request.method == Method::head) reply.send_body = false;
  // /healthz and /metrics answer If-None-Match too, though they change with every counter.
  if (reply.generated && request.has_if_none_match && http::if_none_match(request.if_none_match, reply.etag())) {
    reply.status = 304;
    reply.send_body = false;
  }
  return reply;
}

}  // namespace agendad::site
