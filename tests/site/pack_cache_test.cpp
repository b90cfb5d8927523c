// Agenda packs kept between loads and runs: a kept pack is the pack that would be made, the same
// spec is made once, a changed spec is made again, a restart with the same directory makes none,
// and packs made on several threads at once are the bytes made on one.
#include "daemon/site/pack_cache.hpp"

#include <fstream>
#include <thread>

#include <gtest/gtest.h>
#include <sys/stat.h>

#include "planner/sources/configuration.hpp"
#include "tests/support/temp_directory.hpp"

namespace agendad::site {

using planner::Date, planner::Meeting;

namespace {

using namespace std::chrono;
namespace fs = std::filesystem;

std::size_t files_in(const fs::path& directory) {
  return static_cast<std::size_t>(std::distance(fs::directory_iterator(directory), fs::directory_iterator()));
}

class PackCacheTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto loaded = planner::sources::load_configuration(AGENDAD_SOURCE_DIR "/config", Date{2024y / September / 10d});
    ASSERT_TRUE(loaded.has_value());
    loaded_ = std::move(*loaded);
    for (const Meeting& m : loaded_.programme.meetings)
      if (m.committee == "ilsc" && m.date == Date{2024y / September / 17d}) meeting_ = &m;
    ASSERT_NE(meeting_, nullptr);
  }
  pack::PackSpec spec(bool members = false) const {
    return pack::pack_spec(loaded_.programme, loaded_.calendar, loaded_.papers, *meeting_, members);
  }
  planner::sources::LoadedConfiguration loaded_;
  const Meeting* meeting_ = nullptr;
};

TEST_F(PackCacheTest, AKeptPackIsTheBytesAFreshOneWouldBe) {
  PackCache cache;
  auto kept = cache.pack_for(spec());
  ASSERT_TRUE(kept.has_value()) << kept.error();
  auto fresh = pack::make_pack(spec());
  ASSERT_TRUE(fresh.has_value()) << fresh.error();
  EXPECT_EQ((*kept)->pdf, fresh->pdf);
  EXPECT_EQ((*kept)->front_sheet, fresh->front_sheet);
}

TEST_F(PackCacheTest, TheSameSpecIsMadeOnceInALoadAndReusedByTheNext) {
  PackCache cache;
  cache.start_load();
  auto first = cache.pack_for(spec());
  auto again = cache.pack_for(spec());
  ASSERT_TRUE(first && again);
  EXPECT_EQ(first->get(), again->get());
  EXPECT_EQ(cache.made(), 1U);
  cache.start_load();  // a reload that changed nothing
  auto reloaded = cache.pack_for(spec());
  ASSERT_TRUE(reloaded);
  EXPECT_EQ(reloaded->get(), first->get());
  EXPECT_EQ(cache.made(), 1U);
  // A load that did not use it lets it go: the cache holds no more than two loads' packs.
  cache.start_load();
  cache.start_load();
  ASSERT_TRUE(cache.pack_for(spec()));
  EXPECT_EQ(cache.made(), 2U);
}

TEST_F(PackCacheTest, AnythingThePackIsMadeFromMakesItAgain) {
  PackCache cache;
  auto before = cache.pack_for(spec());
  ASSERT_TRUE(before);
  pack::PackSpec moved = spec();
  moved.draft.venue = "Riverside House, Main Street, Rotherham";
  auto after = cache.pack_for(moved);
  ASSERT_TRUE(after);
  EXPECT_EQ(cache.made(), 2U);
  EXPECT_NE((*before)->pdf, (*after)->pdf);

  pack::PackSpec members = spec(true);
  const bool same_as_public = pack::spec_key(members) == pack::spec_key(spec());
  EXPECT_FALSE(same_as_public) << "the members' pack says it is not for publication";
}

TEST_F(PackCacheTest, ARestartWithTheSameDirectoryMakesNoPackTheLastRunMade) {
  const test::TempDirectory directory("agendad-packs");
  PackCache first_run;
  first_run.start_load(directory.path());
  auto made = first_run.pack_for(spec());
  ASSERT_TRUE(made);
  EXPECT_TRUE(first_run.end_load().empty());
  EXPECT_EQ(files_in(directory.path()), 2U) << "the pack and its front sheet";
  first_run.start_load(directory.path());  // a reload: kept in memory, neither read back nor copied
  auto reloaded = first_run.pack_for(spec());
  ASSERT_TRUE(reloaded);
  EXPECT_TRUE((*reloaded)->pdf.same_as((*made)->pdf));
  EXPECT_TRUE((*reloaded)->front_sheet.same_as((*made)->front_sheet));
  EXPECT_EQ(first_run.made(), 1U);

  PackCache restarted;
  restarted.start_load(directory.path());
  auto kept = restarted.pack_for(spec());
  ASSERT_TRUE(kept);
  EXPECT_EQ(restarted.made(), 0U);
  EXPECT_EQ((*kept)->pdf, (*made)->pdf);
  EXPECT_EQ((*kept)->front_sheet, (*made)->front_sheet);
}

TEST_F(PackCacheTest, AFailedLoadLeavesTheNextToStartFromTheLastThatSucceeded) {
  PackCache cache;
  cache.start_load();
  auto good = cache.pack_for(spec());
  ASSERT_TRUE(good);
  cache.end_load();
  cache.start_load();  // a load that fails, having made the members' pack alone
  ASSERT_TRUE(cache.pack_for(spec(true)));
  cache.end_load(false);
  cache.start_load();
  auto after = cache.pack_for(spec());
  ASSERT_TRUE(after);
  EXPECT_EQ(after->get(), good->get());
  EXPECT_EQ(cache.made(), 2U);
}

TEST_F(PackCacheTest, ALoadRemovesThePacksItDidNotUseAndNothingElse) {
  const test::TempDirectory directory("agendad-packs");
  PackCache cache;
  cache.start_load(directory.path());
  ASSERT_TRUE(cache.pack_for(spec()));
  ASSERT_TRUE(cache.pack_for(spec(true)));
  cache.end_load();
  EXPECT_EQ(files_in(directory.path()), 4U);
  std::ofstream(directory.path() / "README") << "not a pack\n";

  cache.start_load(directory.path());  // the members' pack is no longer wanted
  ASSERT_TRUE(cache.pack_for(spec()));
  cache.end_load();
  EXPECT_EQ(files_in(directory.path()), 3U);
  EXPECT_TRUE(fs::exists(directory.path() / "README"));
}

TEST_F(PackCacheTest, AKeptFileThatIsNotARegularFileIsMadeAgainNotRead) {
  const test::TempDirectory directory("agendad-packs");
  PackCache first_run;
  first_run.start_load(directory.path());
  ASSERT_TRUE(first_run.pack_for(spec()));
  first_run.end_load();
  for (const auto& entry : fs::directory_iterator(directory.path())) {
    if (!entry.path().string().ends_with(".front.pdf")) continue;
    fs::remove(entry.path());
    ASSERT_EQ(::mkfifo(entry.path().c_str(), 0600), 0);  // reading it would block for ever
  }
  PackCache restarted;
  restarted.start_load(directory.path());
  auto made = restarted.pack_for(spec());
  ASSERT_TRUE(made);
  EXPECT_EQ(restarted.made(), 1U);
  EXPECT_TRUE((*made)->pdf.starts_with("%PDF-"));
}

TEST_F(PackCacheTest, ADirectoryThatCannotBeMadeIsReportedAndPacksAreStillMade) {
  const test::TempDirectory directory("agendad-packs");
  std::ofstream(directory.path() / "file") << "in the way\n";
  PackCache cache;
  cache.start_load(directory.path() / "file" / "packs");
  ASSERT_TRUE(cache.pack_for(spec()));
  const auto problems = cache.end_load();
  ASSERT_EQ(problems.size(), 1U);
  EXPECT_NE(problems.front().find("cannot keep agenda packs in"), std::string::npos) << problems.front();
}

TEST_F(PackCacheTest, PacksMadeOnSeveralThreadsAtOnceAreTheBytesMadeOnOne) {
  PackCache one;
  auto public_pack = one.pack_for(spec());
  auto members_pack = one.pack_for(spec(true));
  ASSERT_TRUE(public_pack && members_pack);
  PackCache shared;
  std::vector<PackCache::Pack> made(4);
  {
    std::vector<std::jthread> threads;
    for (std::size_t i = 0; i < made.size(); ++i)
      threads.emplace_back([&, i] {
        auto pack = shared.pack_for(spec(i % 2 == 1));
        if (pack) made[i] = *pack;
      });
  }
  for (std::size_t i = 0; i < made.size(); ++i) {
    ASSERT_NE(made[i], nullptr);
    EXPECT_EQ(made[i]->pdf, (i % 2 == 1 ? *members_pack : *public_pack)->pdf) << i;
  }
}

}  // namespace
}  // namespace agendad::site
