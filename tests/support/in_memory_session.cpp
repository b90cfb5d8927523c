#include "tests/support/in_memory_session.hpp"

#include <boost/beast/_experimental/test/stream.hpp>

#include "daemon/http/session.hpp"

namespace agendad::http {

std::string respond_to_bytes(const Handler& handler, std::string_view raw, std::uint32_t header_limit) {
  namespace net = boost::asio;
  using boost::beast::test::stream;
  net::io_context io;
  ServerOptions options;
  options.header_limit = header_limit;
  options.log = [](std::string_view) {};
  auto shared = std::make_shared<session::Shared>(std::move(options), handler);
  stream server(io);
  stream client(io);
  server.connect(client);
  server.append(raw);
  server.close_remote();
  std::make_shared<session::Session<stream>>(std::move(server), shared)->run();
  io.run();
  return std::string(client.str());
}

}  // namespace agendad::http
