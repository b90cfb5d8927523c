#include "tests/site/same_bytes.hpp"

#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "tests/site/fixture.hpp"

namespace agendad::site::testing {

void expect_same_resources(const Resources& made, const Resources& fresh, const std::string& which) {
  EXPECT_EQ(made.size(), fresh.size()) << which;
  for (const auto& [path, resource] : fresh) {
    const auto found = made.find(path);
    ASSERT_NE(found, made.end()) << which << path;
    const Resource& other = found->second;
    EXPECT_EQ(other.body, resource.body) << which << path;
    EXPECT_EQ(other.gzip_body, resource.gzip_body) << which << path;
    EXPECT_EQ(other.etag, resource.etag) << which << path;
    EXPECT_EQ(other.gzip_etag, resource.gzip_etag) << which << path;
    EXPECT_EQ(other.content_type, resource.content_type) << which << path;
    EXPECT_EQ(other.max_age, resource.max_age) << which << path;
    EXPECT_EQ(other.last_modified_text, resource.last_modified_text) << which << path;
    if (!other.gzip_body.empty()) {
      EXPECT_EQ(gunzip(other.gzip_body), other.body) << which << path;
    }
  }
}

void expect_same(const Snapshot& made, const Snapshot& fresh) {
  expect_same_resources(made.public_resources, fresh.public_resources, "public ");
  expect_same_resources(made.member_resources, fresh.member_resources, "members' ");
}

std::string read_whole(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace agendad::site::testing
