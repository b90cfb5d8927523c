#include "daemon/site/snapshot.hpp"

#include <stdexcept>

#include <zlib.h>

#include "daemon/http/http_date.hpp"
#include "feeds/urls/formats.hpp"

namespace agendad::site {

std::string gzip(std::string_view body) {
  z_stream stream{};
  // 15 + 16: a gzip wrapper rather than a zlib one, as Content-Encoding: gzip means.
  if (deflateInit2(&stream, gzip_level, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY) != Z_OK)
    throw std::runtime_error("zlib: deflateInit2 failed");
  std::string out(deflateBound(&stream, body.size()), '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(body.data()));
  stream.avail_in = static_cast<uInt>(body.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  const int status = deflate(&stream, Z_FINISH);
  out.resize(stream.total_out);
  deflateEnd(&stream);
  if (status != Z_STREAM_END) throw std::runtime_error("zlib: deflate did not finish");
  return out;
}

bool compressible(std::string_view type) {
  return type == urls::media_type::html || type == urls::media_type::json || type == urls::media_type::svg ||
         type == urls::media_type::atom;
}

std::string body_tag(std::string_view body) { return http::hex(http::digest_of(body)).substr(0, 32); }

Resource make_resource(SharedBytes body, std::string_view type, std::chrono::sys_seconds last_modified,
                       int max_age) {
  const auto tag = body_tag(body);
  SharedBytes gzip_body = compressible(type) ? gzip(body) : std::string();
  return assemble_resource(std::move(body), type, tag, std::move(gzip_body), last_modified, max_age);
}

Resource assemble_resource(SharedBytes body, std::string_view type, const std::string& tag, SharedBytes gzip_body,
                           std::chrono::sys_seconds last_modified, int max_age) {
  Resource resource;
  resource.etag = "\"" + tag + "\"";
  if (compressible(type)) {
    resource.gzip_body = std::move(gzip_body);
    resource.gzip_etag = "\"" + tag + "-gz\"";
  }
  resource.body = std::move(body);
  resource.content_type = type;
  resource.max_age = max_age;
  set_last_modified(resource, last_modified);
  return resource;
}

void set_last_modified(Resource& resource, std::chrono::sys_seconds when) {
  // Most resources of a reload are the last load's, stamped already: formatting 20,000 dates
  // again at 300 committees was a tenth of stamping them.
  if (resource.last_modified == when && !resource.last_modified_text.empty()) return;
  resource.last_modified = when;
  resource.last_modified_text = http::format_http_date(when);
}

}  // namespace agendad::site
