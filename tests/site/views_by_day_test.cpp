// One view of the programme a day, shared by the jobs that take that day, and let go when the last
// of them has taken it.
#include "daemon/site/views_by_day.hpp"

#include <gtest/gtest.h>

#include "planner/sources/configuration.hpp"

namespace agendad::site {
namespace {

using namespace std::chrono;
using planner::Date;

TEST(ViewsByDay, OneViewADaySharedByItsTakersAndLetGoAfterTheLast) {
  auto loaded = planner::sources::load_configuration(AGENDAD_SOURCE_DIR "/config", Date{2024y / September / 10d});
  ASSERT_TRUE(loaded.has_value());
  ViewsByDay views(loaded->programme);
  const Date day{2024y / September / 16d};
  views.expect(day);
  views.expect(day);
  const auto first = views.take(day);
  const auto second = views.take(day);
  EXPECT_EQ(first.get(), second.get()) << "one view for the day's two takers";
  EXPECT_EQ(first->as_of, day);
  const auto expected = planner::programme_as_of(loaded->programme, day);
  ASSERT_EQ(first->states.size(), expected.states.size());
  for (std::size_t i = 0; i < expected.states.size(); ++i) {
    ASSERT_EQ(first->states[i].has_value(), expected.states[i].has_value()) << i;
    if (expected.states[i]) {
      EXPECT_EQ(first->states[i]->status, expected.states[i]->status) << i;
    }
  }
  EXPECT_EQ(first->booked.size(), expected.booked.size());

  const std::weak_ptr<const planner::ProgrammeAsOf> watched = first;
  views.release(day);
  EXPECT_EQ(watched.use_count(), 3) << "held by the views and both takers until the last releases it";
  views.release(day);
  EXPECT_EQ(watched.use_count(), 2) << "the views let it go; only the takers' copies remain";
}

}  // namespace
}  // namespace agendad::site
