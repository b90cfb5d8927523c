// The daemon's snapshot of the example configuration: every route the issue lists is there,
// with its type, and nothing for members unless a secrets file names some.
#include "daemon/site/build_snapshot.hpp"
#include "planner/load/read_config_directory.hpp"

#include <filesystem>
#include <fstream>
#include <thread>

#include <gtest/gtest.h>
#include <unistd.h>

#include "tests/site/fixture.hpp"

namespace agendad::site {

using planner::Date;

namespace {

namespace fs = std::filesystem;

BuildInputs example() {
  BuildInputs inputs;
  inputs.config_dir = fs::path(AGENDAD_SOURCE_DIR) / "config";
  inputs.as_of = Date{std::chrono::year{2024}, std::chrono::September, std::chrono::day{10}};
  return inputs;
}

TEST(BuildSnapshot, HoldsEveryRouteOfTheExampleWithItsType) {
  const auto snapshot = build_snapshot(example());
  ASSERT_TRUE(snapshot) << format_line(snapshot.error().front());
  const auto type_of = [&](const std::string& path) {
    const auto found = snapshot->public_resources.find(path);
    return found == snapshot->public_resources.end() ? std::string("(missing)") : found->second.content_type;
  };
  for (const char* path : {"/calendars/ilsc.ics", "/calendars/all.ics", "/calendars/ilsc-deadlines.ics"})
    EXPECT_EQ(type_of(path), "text/calendar; charset=utf-8") << path;
  for (const char* path : {"/", "/index.html", "/flags.html", "/work-programme/ilsc.html",
                           "/agendas/ilsc/2024-09-17.html", "/agendas/ilsc/2025-03-04.html"})
    EXPECT_EQ(type_of(path), "text/html; charset=utf-8") << path;
  for (const char* path : {"/flags.json", "/work-programme/ilsc.json", "/agendas/ilsc/2024-09-17.json"})
    EXPECT_EQ(type_of(path), "application/json") << path;
  EXPECT_EQ(type_of("/agendas/ilsc/2024-09-17.txt"), "text/plain; charset=utf-8");
  EXPECT_EQ(type_of("/agendas/ilsc/2024-09-17.md"), "text/markdown; charset=utf-8");
  for (const char* path : {"/year/ilsc.svg", "/year/all.svg"}) EXPECT_EQ(type_of(path), "image/svg+xml") << path;
  for (const char* path : {"/changes/ilsc.atom", "/changes/all.atom"})
    EXPECT_EQ(type_of(path), "application/atom+xml") << path;
  EXPECT_EQ(testing::gunzip(snapshot->public_resources.at("/year/ilsc.svg").gzip_body),
            snapshot->public_resources.at("/year/ilsc.svg").body);
  // Calendars are never compressed; pages are, once, here.
  EXPECT_TRUE(snapshot->public_resources.at("/calendars/ilsc.ics").gzip_body.empty());
  EXPECT_EQ(testing::gunzip(snapshot->public_resources.at("/flags.html").gzip_body),
            snapshot->public_resources.at("/flags.html").body);
  EXPECT_TRUE(snapshot->member_resources.empty());
  EXPECT_EQ(snapshot->config_hash.size(), 64u);
  // The digest of the directory's files, names and contents, as read.
  const auto files = planner::read_config_directory(AGENDAD_SOURCE_DIR "/config");
  ASSERT_TRUE(files);
  std::vector<std::pair<std::string, std::string>> named;
  for (const auto& file : *files) named.emplace_back(file.path, file.text);
  EXPECT_EQ(snapshot->config_hash, config_hash(named));
}

TEST(BuildSnapshot, SameConfigurationSameBytesAndTags) {
  auto builder = snapshot_builder();
  const auto first = builder(example());
  const auto second = builder(example());
  ASSERT_TRUE(first && second);
  EXPECT_EQ(first->config_hash, second->config_hash);
  for (const auto& [path, resource] : first->public_resources) {
    const Resource& again = second->public_resources.at(path);
    EXPECT_EQ(again.etag, resource.etag) << path;
    // Not a copy: the reload holds each unchanged body once, shared with the snapshot before it.
    EXPECT_TRUE(again.body.same_as(resource.body)) << path;
    EXPECT_TRUE(again.gzip_body.same_as(resource.gzip_body)) << path;
  }
  EXPECT_TRUE(second->public_resources.contains("/agendas/ilsc/2024-09-17.pdf"));
}

TEST(BuildSnapshot, MembersPagesOnlyWithTokens) {
  const auto secrets = fs::temp_directory_path() / ("agendad-build-" + std::to_string(::getpid()) + ".secrets");
  std::ofstream(secrets) << testing::member_token << "\n";
  fs::permissions(secrets, fs::perms::owner_read | fs::perms::owner_write);
  auto inputs = example();
  inputs.secrets_file = secrets;
  const auto snapshot = build_snapshot(inputs);
  fs::remove(secrets);
  ASSERT_TRUE(snapshot) << format_line(snapshot.error().front());
  EXPECT_EQ(snapshot->member_tokens.size(), 1u);
  EXPECT_EQ(snapshot->member_resources.size(), snapshot->public_resources.size());
  EXPECT_EQ(snapshot->member_resources.at("/calendars/ilsc.ics").content_type, "text/calendar; charset=utf-8");
  EXPECT_EQ(snapshot->member_resources.at("/changes/ilsc.atom").content_type, "application/atom+xml");
  EXPECT_EQ(snapshot->member_resources.at("/year/ilsc.svg").content_type, "image/svg+xml");
}

// Last-Modified is when the bytes last changed: a restart (a builder with nothing kept, the same
// state directory) changes no resource's Last-Modified; a load that changes some bytes moves the
// Last-Modified of those resources only.
TEST(BuildSnapshot, LastModifiedFollowsTheBytesAcrossRestarts) {
  std::string pattern = (fs::temp_directory_path() / "agendad-modified-XXXXXX").string();
  ASSERT_NE(mkdtemp(pattern.data()), nullptr);
  auto inputs = example();
  inputs.state_dir = pattern;
  const auto first = build_snapshot(inputs);
  // A sleep, as Last-Modified has whole seconds: the restart is a second later, and must not show it.
  std::this_thread::sleep_for(std::chrono::milliseconds(1100));
  const auto restarted = build_snapshot(inputs);
  inputs.as_of = Date{std::chrono::year{2024}, std::chrono::October, std::chrono::day{30}};
  const auto later = build_snapshot(inputs);
  fs::remove_all(pattern);
  ASSERT_TRUE(first && restarted && later);
  for (const auto& [path, resource] : first->public_resources)
    EXPECT_EQ(restarted->public_resources.at(path).last_modified_text, resource.last_modified_text) << path;
  std::size_t changed = 0, kept = 0;
  for (const auto& [path, resource] : later->public_resources) {
    const auto old = first->public_resources.find(path);
    if (old == first->public_resources.end()) continue;
    const bool same_bytes = old->second.etag == resource.etag;
    (same_bytes ? kept : changed) += 1;
    EXPECT_EQ(resource.last_modified == old->second.last_modified, same_bytes) << path;
  }
  EXPECT_GT(changed, 0u);
  EXPECT_GT(kept, 0u);
}

TEST(BuildSnapshot, ABrokenConfigurationIsLocatedErrors) {
  auto inputs = example();
  inputs.config_dir = fs::path(AGENDAD_SOURCE_DIR) / "no-such-config";
  EXPECT_FALSE(build_snapshot(inputs));
}

TEST(ConfigHash, ChangesWithAnyNameOrByte) {
  const auto hash = config_hash({{"ilsc.yaml", "date: 2024-09-17"}});
  EXPECT_NE(hash, config_hash({{"ilsc.yaml", "date: 2024-09-18"}}));
  EXPECT_NE(hash, config_hash({{"ilsc.yml", "date: 2024-09-17"}}));
  // Where one file ends and the next begins matters.
  EXPECT_NE(config_hash({{"a", "bc"}, {"d", ""}}), config_hash({{"a", "b"}, {"cd", ""}}));
}

}  // namespace
}  // namespace agendad::site
