#pragma once
// Two snapshots compared resource by resource, public and members': body, gzip bytes (and that
// they inflate to the body), both ETags, type, max-age and Last-Modified. For the tests that build
// one configuration two ways and expect the same bytes.
#include <filesystem>
#include <string>

#include "daemon/site/snapshot.hpp"

namespace agendad::site::testing {

void expect_same_resources(const Resources& made, const Resources& fresh, const std::string& which);
void expect_same(const Snapshot& made, const Snapshot& fresh);

std::string read_whole(const std::filesystem::path& path);

}  // namespace agendad::site::testing
