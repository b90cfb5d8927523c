// Each enum's one table of names: every value has a configuration word and sentence words, the
// words are unique, and to_string writes by the same table the loader reads by.
#include "planner/model/named.hpp"

#include <set>

#include <gtest/gtest.h>

#include "planner/model/item.hpp"
#include "planner/model/meeting.hpp"

namespace agendad::planner {
namespace {

template <typename E>
void expect_complete(std::span<const Named<E>> names, int count) {
  ASSERT_EQ(names.size(), static_cast<std::size_t>(count)) << "one entry for each value";
  std::set<std::string_view> seen;
  for (int value = 0; value < count; ++value) {
    const auto name = name_of(names, static_cast<E>(value));
    EXPECT_FALSE(name.empty()) << value;
    EXPECT_TRUE(seen.insert(name).second) << name;
  }
}

TEST(Named, EveryValueOfEveryModelEnumHasOneName) {
  expect_complete(item_kind_names(), 7);
  expect_complete(item_status_names(), 8);
  expect_complete(meeting_kind_names(), 4);
  expect_complete(meeting_status_names(), 3);
}

TEST(Named, SentencesUseTheWordsAndTheConfigurationTheName) {
  EXPECT_EQ(name_of(item_kind_names(), ItemKind::verbal_update), "verbal_update");
  EXPECT_EQ(to_string(ItemKind::verbal_update), "verbal update");
  EXPECT_EQ(name_of(item_status_names(), ItemStatus::awaiting_date), "awaiting_date");
  EXPECT_EQ(to_string(ItemStatus::awaiting_date), "awaiting date");
  EXPECT_EQ(to_string(ItemStatus::deferred), "deferred") << "no words of its own: as its name";
  EXPECT_EQ(to_string(MeetingKind::workshop), "workshop");
  EXPECT_EQ(to_string(MeetingStatus::moved), "moved");
}

}  // namespace
}  // namespace agendad::planner
