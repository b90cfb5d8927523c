// The nginx maps `agendad export` writes beside the files: each file's tag by URI and by whether
// the .gz was sent, the tag If-None-Match names for a 304, and Cache-Control.
#include <gtest/gtest.h>

#include "feeds/reports/etag_map.hpp"

namespace agendad::reports {
namespace {

TEST(EtagMap, GivesEachFilesTagsAndCaching) {
  const std::vector<ExportedFile> files{
      {.file = "calendars/ilsc.ics", .etag = "\"c1\"", .gzipped = false, .gzip_etag = "", .max_age = 300},
      {.file = "index.html", .etag = "\"i1\"", .gzipped = true, .gzip_etag = "\"i1-gzip\"", .max_age = 60}};
  EXPECT_EQ(etag_map(files),
            "# Written by `agendad export`: the daemon's ETags and Cache-Control for nginx.\n"
            "map_hash_bucket_size 64;\n"
            "map_hash_max_size 2048;\n"
            "map \"$uri|$sent_http_content_encoding\" $agendad_etag_served {\n"
            "  default '';\n"
            "  '/calendars/ilsc.ics|' '\"c1\"';\n"
            "  '/index.html|' '\"i1\"';\n"
            "  '/index.html|gzip' '\"i1-gzip\"';\n"
            "}\n"
            "map \"$uri|$http_if_none_match\" $agendad_not_modified {\n"
            "  default '';\n"
            "  '/calendars/ilsc.ics|\"c1\"' '\"c1\"';\n"
            "  '/index.html|\"i1\"' '\"i1\"';\n"
            "  '/index.html|\"i1-gzip\"' '\"i1-gzip\"';\n"
            "}\n"
            "# On a 304 the tag is the one matched; otherwise the one of the file sent.\n"
            "map $agendad_not_modified $agendad_etag {\n"
            "  '' $agendad_etag_served;\n"
            "  default $agendad_not_modified;\n"
            "}\n"
            "map $uri $agendad_cache_control {\n"
            "  default '';\n"
            "  '/calendars/ilsc.ics' 'public, max-age=300';\n"
            "  '/index.html' 'public, max-age=60';\n"
            "}\n");
}

TEST(EtagMap, ItsHashesHoldTheLongestKeyAndEveryKey) {
  std::vector<ExportedFile> files(600, {.file = "", .etag = "\"tag\"", .gzipped = false, .gzip_etag = "", .max_age = 300});
  for (std::size_t i = 0; i < files.size(); ++i) files[i].file = "agendas/ilsc/" + std::to_string(i) + ".html";
  files[0].file = std::string(200, 'a');
  const std::string map = etag_map(files);
  EXPECT_NE(map.find("map_hash_bucket_size 256;\n"), std::string::npos);  // 200 + 5 + 8 rounded up
  EXPECT_NE(map.find("map_hash_max_size 2400;\n"), std::string::npos);    // 4 a file, above 2048
}

}  // namespace
}  // namespace agendad::reports
