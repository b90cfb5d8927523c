// The changes feeds end to end: `agendad export` with a state directory, as a daemon's reloads
// would go, on a copy of the example; read back with feedparser.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "tests/changes/feed_reader.hpp"
#include "tests/support/agendad_process.hpp"

namespace agendad::changes {
namespace {

namespace fs = std::filesystem;
using test_support::run_agendad;

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

class ExportedChanges : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (fs::temp_directory_path() / "agendad-changes-XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    dir = pattern;
    fs::copy(AGENDAD_SOURCE_DIR "/config", dir / "config", fs::copy_options::recursive);
  }
  void TearDown() override {
    if (!dir.empty()) fs::remove_all(dir);
  }
  void export_to(const std::string& out) {
    const auto done = run_agendad("export --config " + (dir / "config").string() + " --state " + (dir / "state").string() +
                                  " --out " + (dir / out).string() +
                                  " --as-of 2025-03-05 --base-url https://meetings.example.gov.uk");
    ASSERT_EQ(done.status, 0) << done.err;
  }
  // The meeting of 3 December 2024 at 2.00 p.m. rather than the Commission's usual 10.00 a.m.
  void retime_a_meeting() {
    const auto file = dir / "config" / "ilsc.yaml";
    std::string yaml = read(file);
    const std::string meeting = "      - id: ilsc-2024-12-03\n        date: 2024-12-03\n";
    const auto at = yaml.find(meeting);
    ASSERT_NE(at, std::string::npos);
    yaml.insert(at + meeting.size(), "        start: \"14:00\"\n");
    std::ofstream(file, std::ios::binary) << yaml;
  }
  fs::path dir;
};

TEST_F(ExportedChanges, AChangedMeetingTimeIsExactlyOneNewEntry) {
  export_to("first");
  auto feeds = testing::read_feeds({(dir / "first/changes/ilsc.atom").string(), (dir / "first/changes/all.atom").string()});
  ASSERT_EQ(feeds.size(), 2u);
  for (const auto& feed : feeds) {
    EXPECT_EQ(feed["bozo"], 0) << feed["error"];
    EXPECT_TRUE(feed["entries"].empty()) << "the first load only records the facts";
  }

  retime_a_meeting();
  export_to("second");
  feeds = testing::read_feeds({(dir / "second/changes/ilsc.atom").string(), (dir / "second/changes/all.atom").string()});
  ASSERT_EQ(feeds.size(), 2u);
  for (const auto& feed : feeds) {
    EXPECT_EQ(feed["bozo"], 0) << feed["error"];
    ASSERT_EQ(feed["entries"].size(), 1u) << feed.dump(1);
    const auto& entry = feed["entries"][0];
    EXPECT_EQ(entry["title"], "Meeting of 3 December 2024 now starts at 2.00 p.m.");
    EXPECT_EQ(entry["summary"],
              "Was Tuesday 3 December 2024 at 10.00 a.m.; now Tuesday 3 December 2024 at 2.00 p.m.");
    EXPECT_EQ(entry["link"], "https://meetings.example.gov.uk/agendas/ilsc/2024-12-03.html");
    EXPECT_EQ(entry["id"].get<std::string>().rfind("tag:meetings.example.gov.uk,", 0), 0u) << entry["id"];
    EXPECT_NE(entry["id"].get<std::string>().find(":meeting/ilsc-2024-12-03/1"), std::string::npos) << entry["id"];
  }

  // A restart (another export reading the same state) changes nothing: the same bytes, the same ids.
  export_to("third");
  for (const char* feed : {"changes/ilsc.atom", "changes/all.atom"})
    EXPECT_EQ(read(dir / "third" / feed), read(dir / "second" / feed)) << feed;
  EXPECT_EQ(read(dir / "third/year/ilsc.svg"), read(dir / "second/year/ilsc.svg"));
}

TEST_F(ExportedChanges, TheIndexLinksTheFeedsAndTheExportHoldsThePictures) {
  export_to("site");
  const auto index = read(dir / "site/index.html");
  EXPECT_NE(index.find("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"What changed: every committee\" "
                       "href=\"changes/all.atom\">"),
            std::string::npos);
  EXPECT_NE(index.find("href=\"changes/ilsc.atom\""), std::string::npos);
  const auto page = read(dir / "site/work-programme/ilsc.html");
  EXPECT_NE(page.find("<img src=\"../year/ilsc.svg\""), std::string::npos);
  const auto picture = run_agendad("picture --config " + (dir / "config").string() + " --as-of 2025-03-05 ilsc");
  ASSERT_EQ(picture.status, 0) << picture.err;
  EXPECT_EQ(read(dir / "site/year/ilsc.svg"), picture.out);
  EXPECT_TRUE(fs::exists(dir / "site/year/all.svg"));
  EXPECT_TRUE(fs::exists(dir / "site/year/ilsc.svg.gz"));
  EXPECT_NE(read(dir / "site/etags.map").find("'/changes/ilsc.atom|'"), std::string::npos);
}

}  // namespace
}  // namespace agendad::changes
