#pragma once
// The site as the transport sees it (http::Handler): respond() over the snapshot published now,
// held for the write of its bytes; requests and connections counted for /metrics; members'
// tokens masked in the access log.
#include "daemon/http/handler.hpp"
#include "daemon/site/metrics.hpp"
#include "daemon/site/published.hpp"

namespace agendad::site {

class SiteHandler final : public http::Handler {
 public:
  SiteHandler(const Published& published, Metrics& metrics) : published_(published), metrics_(metrics) {}

  http::Reply respond(const http::Request& request, std::shared_ptr<const void>& keep) const override;
  void answered(const http::Reply& reply, std::chrono::microseconds latency) const override;
  void connection_opened() const override { metrics_.connection_opened(); }
  void connection_closed() const override { metrics_.connection_closed(); }
  void append_loggable_target(std::string& out, std::string_view target) const override;

 private:
  const Published& published_;
  Metrics& metrics_;
};

}  // namespace agendad::site
