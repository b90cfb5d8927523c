// A reload makes again only the pages of the committees whose part of the plan changed
// (daemon/site/kept_pages.hpp): after each edit, the kept builder's snapshot is what a fresh build
// of the edited configuration makes, byte for byte, and an edit to one committee's file makes
// fewer than half the pages again. The council here is three copies of the example's committee
// (as bench/http/make-config makes them), the second holding a joint meeting with the first.
#include <filesystem>
#include <fstream>
#include <random>
#include <regex>
#include <set>

#include <gtest/gtest.h>
#include <unistd.h>

#include "daemon/site/build_snapshot.hpp"
#include "tests/site/clerk_edits.hpp"
#include "tests/site/fixture.hpp"
#include "tests/site/same_bytes.hpp"

namespace agendad::site {
namespace {

namespace fs = std::filesystem;
using planner::Date;
using std::chrono::day, std::chrono::year, std::chrono::September;
using testing::expect_same, testing::read_whole;

// The example's committee as committee `n` ("c001"): its ids, meetings' and items', renamed.
std::string copy_of_example(const std::string& example, const std::string& id) {
  std::vector<std::string> item_ids;
  const std::regex item_id(R"(\n *- id: ([^\n]+))");
  for (auto it = std::sregex_iterator(example.begin(), example.end(), item_id); it != std::sregex_iterator(); ++it)
    if (!(*it)[1].str().starts_with("ilsc")) item_ids.push_back((*it)[1].str());
  std::string text = std::regex_replace(example, std::regex(R"(\bilsc\b)"), id);
  std::string upper = id;
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  text = std::regex_replace(text, std::regex(R"(\bILSC\b)"), upper);
  text = std::regex_replace(text, std::regex("Improving Lives Select Commission"), "Select Commission " + id);
  for (const auto& item : item_ids) text = std::regex_replace(text, std::regex("\\b" + item + "\\b"), id + "-" + item);
  return text;
}

std::string inserted_after(std::string text, const std::string& after, const std::string& what) {
  const auto at = text.find(after);
  EXPECT_NE(at, std::string::npos) << after;
  return at == std::string::npos ? text : text.insert(at + after.size(), what);
}

class KeptPages : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (fs::temp_directory_path() / "agendad-kept-pages-XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    root_ = pattern;
    fs::copy(fs::path(AGENDAD_SOURCE_DIR) / "config", config(), fs::copy_options::recursive);
    const std::string example = read_whole(config() / "ilsc.yaml");
    fs::remove(config() / "ilsc.yaml");
    for (const char* id : {"c001", "c002", "c003"}) write(id, copy_of_example(example, id));
    // The second committee meets the first jointly, and may take two reviews jointly with it.
    std::string second = inserted_after(read_whole(file("c002")), "    meetings:\n",
                                        "      - id: c002-2025-02-11-joint\n        date: 2025-02-11\n"
                                        "        kind: joint\n        joint_with: c001\n");
    write("c002", std::regex_replace(second, std::regex("possibly_joint_with: ipsc"), "possibly_joint_with: c001"));
    fs::create_directory(root_ / "state");
    std::ofstream(root_ / "secrets") << testing::member_token << "\n";
    fs::permissions(root_ / "secrets", fs::perms::owner_read | fs::perms::owner_write);
  }
  void TearDown() override { fs::remove_all(root_); }

  fs::path config() const { return root_ / "config"; }
  fs::path file(const std::string& committee) const { return config() / (committee + ".yaml"); }
  void write(const std::string& committee, const std::string& text) const {
    std::ofstream(file(committee), std::ios::trunc) << text;
  }

  BuildInputs inputs(const fs::path& state) const {
    BuildInputs in;
    in.config_dir = config();
    in.state_dir = state;
    in.secrets_file = root_ / "secrets";
    in.as_of = as_of_;
    in.base_url = "https://example.org";
    in.threads = 2;
    in.now = now_;
    return in;
  }

  // A fresh build from a copy of the state directory as it is now (the same SEQUENCE numbers,
  // change log and packs as the build it is compared with).
  Snapshot fresh_build() const {
    const auto state = root_ / "state-copy";
    fs::remove_all(state);
    fs::copy(root_ / "state", state, fs::copy_options::recursive);
    auto built = build_snapshot(inputs(state));
    EXPECT_TRUE(built) << format_line(built.error().front());
    return built ? std::move(*built) : Snapshot{};
  }

  // The kept builder's snapshot after an edit, compared with a fresh build's.
  Snapshot rebuilt(SnapshotBuilder& builder) {
    now_ += std::chrono::hours(1);
    const Snapshot fresh = fresh_build();
    auto kept = builder(inputs(root_ / "state"));
    EXPECT_TRUE(kept) << format_line(kept.error().front());
    if (!kept) return {};
    expect_same(*kept, fresh);
    return std::move(*kept);
  }

  fs::path root_;
  Date as_of_ = Date{year{2024}, September, day{10}};
  std::chrono::sys_seconds now_ = testing::fixture_time();
};

std::set<std::string> files_in(const fs::path& directory) {
  std::set<std::string> names;
  for (const auto& entry : fs::directory_iterator(directory)) names.insert(entry.path().filename().string());
  EXPECT_FALSE(names.empty()) << directory;
  return names;
}

std::size_t resources(const Snapshot& snapshot) {
  return snapshot.public_resources.size() + snapshot.member_resources.size();
}

TEST_F(KeptPages, AnEditToOneCommitteesFileMakesOnlyThatCommitteesPagesAgain) {
  auto builder = snapshot_builder();
  const auto first = builder(inputs(root_ / "state"));
  ASSERT_TRUE(first) << format_line(first.error().front());
  EXPECT_EQ(first->rendered, resources(*first));
  write("c003", testing::reworded_first_title(read_whole(file("c003")), 1));
  const Snapshot after = rebuilt(builder);
  EXPECT_GT(after.rendered, 0U);
  // Of three committees' pages, the third's and the views of every committee.
  EXPECT_LT(after.rendered * 2, resources(after)) << after.rendered << " of " << resources(after);
  // The kept committees' packs are kept in the state directory too, for the next start: it holds
  // the packs a fresh build's does (which lets go of every pack its load did not use).
  EXPECT_EQ(files_in(root_ / "state" / "packs"), files_in(root_ / "state-copy" / "packs"));
}

// An item of the second committee's withdrawn frees a place at one of its own meetings, which
// draws its review off the joint meeting, whose event in the first committee's calendar lists what
// the second proposes for it: the first committee's part of the programme is unchanged (no line of
// the file moves), but its calendar is made again.
TEST_F(KeptPages, AJointMeetingsProposalsMovedByTheOtherCommitteeMakeItsCalendarAgain) {
  auto builder = snapshot_builder();
  const auto before = builder(inputs(root_ / "state"));
  ASSERT_TRUE(before) << format_line(before.error().front());
  std::string second = read_whole(file("c002"));
  const auto item = second.find("- id: c002-absences-from-education\n");
  const auto status = second.find("status: booked", item);
  ASSERT_NE(item, std::string::npos);
  ASSERT_NE(status, std::string::npos);
  write("c002", second.replace(status, std::string("status: booked").size(), "status: withdrawn"));
  const Snapshot after = rebuilt(builder);
  const std::string calendar = "/calendars/c001.ics";
  ASSERT_TRUE(before->public_resources.contains(calendar) && after.public_resources.contains(calendar));
  EXPECT_NE(before->public_resources.at(calendar).body, after.public_resources.at(calendar).body)
      << "the first committee's calendar did not change: this test shows nothing";
}

// One edit a clerk might make to one committee's file: a title reworded, a meeting's start moved,
// the joint meeting moved; or a later as-of date.
std::string edit(std::string text, std::mt19937& random, Date& as_of, int round) {
  switch (random() % 5) {
    case 0:
    case 1:
      return testing::reworded_title(std::move(text), random, round);
    case 2:
      return testing::moved_start(std::move(text), random, round);
    case 3:
      return std::regex_replace(text, std::regex(R"(date: 2025-0[12]-\d\d\n(\s+)kind: joint)"),
                                "date: 2025-0" + std::to_string(round % 2 + 1) + "-1" + std::to_string(round % 8 + 1) +
                                    "\n$1kind: joint");
    default:
      as_of = testing::later(as_of, random);
      return text;
  }
}

TEST_F(KeptPages, AfterRandomEditsToAnyCommitteeTheKeptBuilderMakesAFreshBuildsBytes) {
  const unsigned seed = std::random_device{}();
  SCOPED_TRACE("seed " + std::to_string(seed));
  std::mt19937 random(seed);
  auto builder = snapshot_builder();
  ASSERT_TRUE(builder(inputs(root_ / "state")));
  for (int round = 1; round <= 6; ++round) {
    const std::string committee = "c00" + std::to_string(random() % 3 + 1);
    SCOPED_TRACE("round " + std::to_string(round) + ", " + committee);
    write(committee, edit(read_whole(file(committee)), random, as_of_, round));
    rebuilt(builder);
  }
}

}  // namespace
}  // namespace agendad::site
