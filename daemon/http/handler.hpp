#pragma once
// What the transport asks of the site it serves. The session parses and writes; everything about
// what a path means, who may see it and how it is counted is the handler's.
#include <chrono>
#include <memory>
#include <string>
#include <string_view>

#include "daemon/http/message.hpp"

namespace agendad::http {

class Handler {
 public:
  virtual ~Handler() = default;
  // The reply to a well-framed request. The reply may borrow bytes from what `keep` is set to,
  // which the session holds until the reply is written.
  virtual Reply respond(const Request& request, std::shared_ptr<const void>& keep) const = 0;
  // Once a reply has been written (or its write failed), with the time since its header was read.
  virtual void answered(const Reply& reply, std::chrono::microseconds latency) const = 0;
  virtual void connection_opened() const = 0;
  virtual void connection_closed() const = 0;
  // Appends the request target as the access log may show it (a secret in it masked).
  virtual void append_loggable_target(std::string& out, std::string_view target) const = 0;
};

}  // namespace agendad::http
