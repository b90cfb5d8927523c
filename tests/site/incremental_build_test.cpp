// A build's bytes do not depend on how it was made: on one thread or several, from nothing or
// from the last load's kept encodings after edits. Every resource, public and members', is
// compared byte for byte (body, gzip bytes, tags, type, max-age) with a fresh one-thread build of
// the same configuration from the same state.
#include <filesystem>
#include <fstream>
#include <random>
#include <regex>
#include <sstream>

#include <gtest/gtest.h>
#include <unistd.h>

#include "daemon/site/build_snapshot.hpp"
#include "tests/site/clerk_edits.hpp"
#include "tests/site/fixture.hpp"
#include "tests/site/same_bytes.hpp"

namespace agendad::site {

using planner::Date;

namespace {

namespace fs = std::filesystem;
using std::chrono::day, std::chrono::year, std::chrono::September;

class IncrementalBuild : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (fs::temp_directory_path() / "agendad-incremental-XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    root_ = pattern;
    fs::copy(fs::path(AGENDAD_SOURCE_DIR) / "config", root_ / "config", fs::copy_options::recursive);
    fs::create_directory(root_ / "state");
    std::ofstream(root_ / "secrets") << testing::member_token << "\n";
    fs::permissions(root_ / "secrets", fs::perms::owner_read | fs::perms::owner_write);
  }
  void TearDown() override { fs::remove_all(root_); }

  BuildInputs inputs(const fs::path& state, unsigned threads) const {
    BuildInputs in;
    in.config_dir = root_ / "config";
    in.state_dir = state;
    in.secrets_file = root_ / "secrets";
    in.as_of = as_of_;
    in.base_url = "https://example.org";
    in.threads = threads;
    in.now = now_;  // both builds compared stamp what changed with the same time
    return in;
  }

  // A fresh one-thread build from a copy of the state directory as it is now, so that it starts
  // from the same SEQUENCE numbers and change log as the build it is compared with.
  Snapshot fresh_build() const {
    const auto state = root_ / "state-copy";
    fs::remove_all(state);
    fs::copy(root_ / "state", state, fs::copy_options::recursive);
    auto built = build_snapshot(inputs(state, 1));
    EXPECT_TRUE(built) << format_line(built.error().front());
    return built ? std::move(*built) : Snapshot{};
  }

  fs::path root_;
  Date as_of_ = Date{year{2024}, September, day{10}};
  std::chrono::sys_seconds now_ = testing::fixture_time();
};

using testing::expect_same;

std::string read(const fs::path& path) { return testing::read_whole(path); }

// One edit a clerk might make: a title reworded, a meeting's start moved, or a later as-of date.
std::string edit(std::string text, std::mt19937& random, Date& as_of, int round) {
  switch (random() % 3) {
    case 0:
      return testing::reworded_title(std::move(text), random, round);
    case 1:
      return testing::moved_start(std::move(text), random, round);
    default:
      as_of = testing::later(as_of, random);
      return text;
  }
}

TEST_F(IncrementalBuild, AnyNumberOfThreadsMakesTheSameBytes) {
  auto on_four = build_snapshot(inputs(root_ / "state", 4));
  ASSERT_TRUE(on_four) << format_line(on_four.error().front());
  fs::remove_all(root_ / "state");
  fs::create_directory(root_ / "state");
  const Snapshot on_one = fresh_build();
  ASSERT_FALSE(on_one.member_resources.empty());
  expect_same(*on_four, on_one);
}

// The council's name reworded: every page, feed and pack changes, and the committee's file is not
// read again (its reading kept from the last load).
std::string rename_council(std::string text, int round) {
  const auto at = text.find("\n  name: ");
  return text.replace(at + 3, text.find('\n', at + 1) - at - 3,
                      "name: Rotherham Metropolitan Borough Council (edit " + std::to_string(round) + ")");
}

// The daemon's builder keeps each body's encoding and each file's reading from one load to the
// next; after each random edit, of the committee's file or of the council's in turn, its snapshot
// is what a fresh build of the edited configuration would be.
TEST_F(IncrementalBuild, AfterRandomEditsTheKeptBuilderMakesAFreshBuildsBytes) {
  const unsigned seed = std::random_device{}();
  SCOPED_TRACE("seed " + std::to_string(seed));
  std::mt19937 random(seed);
  auto builder = snapshot_builder();
  ASSERT_TRUE(builder(inputs(root_ / "state", 3)));
  const auto committee = root_ / "config" / "ilsc.yaml", council = root_ / "config" / "council.yaml";
  for (int round = 1; round <= 4; ++round) {
    const auto file = round % 2 ? committee : council;
    // read before the truncation
    const std::string edited = round % 2 ? edit(read(file), random, as_of_, round) : rename_council(read(file), round);
    std::ofstream(file, std::ios::trunc) << edited;
    now_ += std::chrono::hours(1);
    const Snapshot fresh = fresh_build();
    auto kept = builder(inputs(root_ / "state", 3));
    ASSERT_TRUE(kept) << "round " << round << ": " << format_line(kept.error().front());
    EXPECT_GT(kept->rendered, 0U) << "round " << round;  // every round changes a file or the date
    expect_same(*kept, fresh);
  }
}

// The builder keeps the state files' values as it last read or wrote them (kept_file.hpp), but
// only while the files are those: state files removed between loads (the SEQUENCE numbers, the
// change log and the Last-Modified times) start again as a fresh build's do, with a configuration
// file edited or with none.
TEST_F(IncrementalBuild, StateFilesRemovedBetweenLoadsAreStartedAgainAsAFreshBuildStartsThem) {
  auto builder = snapshot_builder();
  ASSERT_TRUE(builder(inputs(root_ / "state", 2)));
  const auto committee = root_ / "config" / "ilsc.yaml";
  for (int round = 1; round <= 3; ++round) {  // the third changes no configuration file
    if (round < 3) {
      const std::string edited = testing::reworded_first_title(read(committee), round);  // read before the truncation
      std::ofstream(committee, std::ios::trunc) << edited;
    }
    now_ += std::chrono::hours(1);
    if (round >= 2) {
      for (const char* file : {"sequences", "changes", "modified"}) ASSERT_TRUE(fs::remove(root_ / "state" / file));
    }
    const Snapshot fresh = fresh_build();
    auto kept = builder(inputs(root_ / "state", 2));
    ASSERT_TRUE(kept) << "round " << round << ": " << format_line(kept.error().front());
    expect_same(*kept, fresh);
  }
}

// A restarted daemon takes the gzip bytes of the bodies it served before from the state
// directory's store (gzip_store.hpp): its snapshot is a build's that compressed every body.
TEST_F(IncrementalBuild, ARestartTakingGzipBytesFromTheStoreMakesTheBytesOfABuildWithout) {
  ASSERT_TRUE(build_snapshot(inputs(root_ / "state", 2)));
  ASSERT_TRUE(fs::is_regular_file(root_ / "state" / "gzip"));
  const auto without_store = root_ / "state-without-store";
  fs::copy(root_ / "state", without_store, fs::copy_options::recursive);
  ASSERT_TRUE(fs::remove(without_store / "gzip"));
  auto compressed_all = build_snapshot(inputs(without_store, 1));
  ASSERT_TRUE(compressed_all) << format_line(compressed_all.error().front());
  auto restarted = build_snapshot(inputs(root_ / "state", 2));
  ASSERT_TRUE(restarted) << format_line(restarted.error().front());
  EXPECT_TRUE(restarted->warnings.empty()) << restarted->warnings.front();
  expect_same(*restarted, *compressed_all);
}

// A load with nothing changed that its pages are made from (rendered_from.hpp) renders nothing:
// the last build's resources are served again, the bytes a fresh build makes. A later as-of date
// renders again.
TEST_F(IncrementalBuild, ALoadWithNothingChangedRendersNothing) {
  auto builder = snapshot_builder();
  auto first = builder(inputs(root_ / "state", 2));
  ASSERT_TRUE(first) << format_line(first.error().front());
  EXPECT_EQ(first->rendered, first->public_resources.size() + first->member_resources.size());
  EXPECT_GT(first->rendered, 0U);
  now_ += std::chrono::hours(1);
  const Snapshot fresh = fresh_build();
  auto again = builder(inputs(root_ / "state", 2));
  ASSERT_TRUE(again);
  EXPECT_EQ(again->rendered, 0U);
  expect_same(*again, fresh);

  as_of_ = Date{std::chrono::sys_days(as_of_) + std::chrono::days(1)};
  auto next_day = builder(inputs(root_ / "state", 2));
  ASSERT_TRUE(next_day);
  EXPECT_EQ(next_day->rendered, next_day->public_resources.size() + next_day->member_resources.size());
}

// Cabinet's calendar (an .ics the configuration names) is among what the pages are made from:
// its July 2025 meeting moved, with no YAML file changed, renders again, and the pages say so.
TEST_F(IncrementalBuild, ACalendarChangedAloneRendersAgain) {
  as_of_ = Date{year{2025}, std::chrono::March, day{5}};  // the Kinship Local Offer is known, due before Cabinet
  const auto council = root_ / "config" / "council.yaml";
  std::string text = read(council);
  const std::string cabinet = "  - id: cabinet\n    name: Cabinet\n";
  ASSERT_NE(text.find(cabinet), std::string::npos);
  text.insert(text.find(cabinet) + cabinet.size(), "    calendar: cabinet.ics\n");
  std::ofstream(council, std::ios::trunc) << text;
  const auto write_cabinet = [&](const char* day_in_july) {
    std::ofstream(root_ / "config" / "cabinet.ics", std::ios::trunc)
        << "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//agendad tests//EN\r\nBEGIN:VEVENT\r\n"
        << "UID:cabinet-july@example.org\r\nDTSTAMP:20250101T000000Z\r\nDTSTART:202507" << day_in_july
        << "T090000Z\r\nSUMMARY:Cabinet\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
  };
  write_cabinet("21");
  auto builder = snapshot_builder();
  auto before = builder(inputs(root_ / "state", 2));
  ASSERT_TRUE(before) << format_line(before.error().front());

  write_cabinet("07");
  now_ += std::chrono::hours(1);
  const Snapshot fresh = fresh_build();
  auto after = builder(inputs(root_ / "state", 2));
  ASSERT_TRUE(after) << format_line(after.error().front());
  EXPECT_GT(after->rendered, 0U);
  expect_same(*after, fresh);
  std::size_t changed = 0;
  for (const auto& [path, resource] : fresh.public_resources)
    if (const auto old = before->public_resources.find(path); old == before->public_resources.end() ||
                                                              old->second.body != resource.body)
      ++changed;
  EXPECT_GT(changed, 0U) << "moving Cabinet's meeting changed no page: this test shows nothing";
}

}  // namespace
}  // namespace agendad::site
