// Agenda packs kept between loads: a kept pack is the pack that would be made, the same spec is
// made once, and a changed spec is made again.
#include "daemon/site/pack_cache.hpp"

#include <gtest/gtest.h>

#include "planner/sources/configuration.hpp"

namespace agendad::site {

using planner::Date, planner::Meeting;

namespace {

using namespace std::chrono;

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
  EXPECT_EQ((*kept)->pages, fresh->pages);
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

}  // namespace
}  // namespace agendad::site
