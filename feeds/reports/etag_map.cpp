#include "feeds/reports/etag_map.hpp"

#include <algorithm>
#include <sstream>

namespace agendad::reports {

// nginx `map` blocks:
//  $agendad_etag_served   the daemon's ETag for the file nginx sent: by $uri, and by whether
//                         gzip_static sent the .gz (its tag is the daemon's gzip tag);
//  $agendad_not_modified  the tag of the file at $uri that If-None-Match names exactly, for a 304;
//  $agendad_cache_control the daemon's Cache-Control for $uri.
// Keys are by file ("/index.html" for "/"): what $uri holds once nginx's index has looked it up.
std::string etag_map(const std::vector<ExportedFile>& files) {
  std::ostringstream served, matched, cache;
  for (const ExportedFile& file : files) {
    const auto uri = "/" + file.file;
    served << "  '" << uri << "|' '" << file.etag << "';\n";
    matched << "  '" << uri << "|" << file.etag << "' '" << file.etag << "';\n";
    if (file.gzipped) {
      served << "  '" << uri << "|gzip' '" << file.gzip_etag << "';\n";
      matched << "  '" << uri << "|" << file.gzip_etag << "' '" << file.gzip_etag << "';\n";
    }
    cache << "  '" << uri << "' 'public, max-age=" << file.max_age << "';\n";
  }
  // nginx's map hashes must hold the longest key and every key: a key is a URI and a tag.
  std::size_t longest = 0;
  for (const ExportedFile& file : files) longest = std::max(longest, file.file.size() + file.etag.size() + 8);
  std::size_t bucket = 64;
  while (bucket < longest) bucket *= 2;
  return "# Written by `agendad export`: the daemon's ETags and Cache-Control for nginx.\n"
         "map_hash_bucket_size " + std::to_string(bucket) + ";\nmap_hash_max_size " +
         std::to_string(std::max<std::size_t>(2048, 4 * files.size())) + ";\n"
         "map \"$uri|$sent_http_content_encoding\" $agendad_etag_served {\n  default '';\n" +
         served.str() + "}\nmap \"$uri|$http_if_none_match\" $agendad_not_modified {\n  default '';\n" +
         matched.str() +
         "}\n# On a 304 the tag is the one matched; otherwise the one of the file sent.\n"
         "map $agendad_not_modified $agendad_etag {\n  '' $agendad_etag_served;\n  default $agendad_not_modified;\n}\n"
         "map $uri $agendad_cache_control {\n  default '';\n" +
         cache.str() + "}\n";
}

}  // namespace agendad::reports
