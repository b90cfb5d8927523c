#pragma once
// The server's whole HTTP behaviour over an in-memory stream, for tests and fuzzing: Beast's test
// stream is an _experimental API, so it stays out of the daemon.
#include <cstdint>
#include <string>
#include <string_view>

#include "daemon/http/handler.hpp"
#include "daemon/http/server.hpp"

namespace agendad::http {

// Feeds `raw` to a session as if a client had sent it and closed its sending side, and returns
// every byte the session wrote back.
std::string respond_to_bytes(const Handler& handler, std::string_view raw,
                             std::uint32_t header_limit = ServerOptions{}.header_limit);

}  // namespace agendad::http
