#include <array>
#include <map>

#include "daemon/http/digest.hpp"
#include "daemon/http/message.hpp"

namespace agendad::http {
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
    for (const auto& [status, text] : texts) {
      // Appended piece by piece: g++ 12 at -O2 warns falsely (-Warray-bounds) on `"\"" + substr`.
      const std::string digits = hex(digest_of(text));
      std::string etag;
      etag.reserve(34);
      etag.push_back('"');
      etag.append(digits, 0, 32);
      etag.push_back('"');
      all[status] = ErrorPage{status, std::string(text), std::move(etag)};
    }
    return all;
  }();
  return pages.at(status);
}

}  // namespace

Reply error_reply(unsigned status) {
  const auto& page = error_page(status);
  Reply reply;
  reply.status = status;
  reply.content_type = "text/plain; charset=utf-8";
  reply.borrowed_body = page.body;
  reply.borrowed_etag = page.etag;
  reply.no_store = true;
  // After a request that could not be read there is no telling where the next one starts.
  reply.close = status == 400 || status == 414 || status == 431 || status == 503;
  return reply;
}

}  // namespace agendad::http
