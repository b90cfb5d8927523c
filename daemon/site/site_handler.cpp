#include "daemon/site/site_handler.hpp"

#include "daemon/site/members.hpp"
#include "daemon/site/respond.hpp"

namespace agendad::site {

http::Reply SiteHandler::respond(const http::Request& request, std::shared_ptr<const void>& keep) const {
  auto snapshot = published_.snapshot();
  auto reply = site::respond(*snapshot, Services{published_, metrics_}, request);
  keep = std::move(snapshot);  // the reply's bytes are the snapshot's
  return reply;
}

void SiteHandler::answered(const http::Reply& reply, std::chrono::microseconds latency) const {
  metrics_.count_request(route_of_label(reply.route), reply.status, latency);
}

void SiteHandler::append_loggable_target(std::string& out, std::string_view target) const {
  append_masked_target(out, target);
}

}  // namespace agendad::site
