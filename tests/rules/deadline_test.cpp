#include "planner/rules/deadline.hpp"

#include <gtest/gtest.h>

namespace agendad::planner {
namespace {
using namespace std::chrono;

Programme with_cabinet() {
  Programme programme;
  programme.bodies.push_back(Body{"cabinet", "Cabinet", std::nullopt, {}});
  return programme;
}

Item due_before_cabinet(std::optional<std::chrono::year_month> month, std::optional<Date> day = std::nullopt) {
  Item item;
  item.id = "kinship-local-offer";
  auto& due = item.constraints.due_before.emplace();
  due.body = "cabinet";
  due.body_month = month;
  due.body_date = day;
  return item;
}

TEST(Deadline, CabinetMonthWithoutACalendarAssumesTheFirst) {
  auto deadline = resolve_deadline(with_cabinet(), PlanningCalendar{}, due_before_cabinet(2025y / July));
  ASSERT_TRUE(deadline);
  EXPECT_EQ(deadline->before, 2025y / July / 1d);
  EXPECT_EQ(deadline->what, "Cabinet in July 2025");
  EXPECT_TRUE(deadline->assumed);
}

TEST(Deadline, CabinetMonthFromItsCalendarTakesTheFirstMeetingThatMonth) {
  PlanningCalendar calendar;
  calendar.body_meetings["cabinet"] = {2025y / July / 21d, 2025y / June / 16d, 2025y / July / 14d, 2026y / July / 6d};
  auto deadline = resolve_deadline(with_cabinet(), calendar, due_before_cabinet(2025y / July));
  ASSERT_TRUE(deadline);
  EXPECT_EQ(deadline->before, 2025y / July / 14d);
  EXPECT_EQ(deadline->what, "Cabinet on 14 July 2025");
  EXPECT_FALSE(deadline->assumed);
  // A calendar with no meeting that month is no better than none.
  calendar.body_meetings["cabinet"] = {2025y / June / 16d};
  EXPECT_TRUE(resolve_deadline(with_cabinet(), calendar, due_before_cabinet(2025y / July))->assumed);
}

TEST(Deadline, ExplicitDatesWin) {
  auto on_day = resolve_deadline(with_cabinet(), PlanningCalendar{}, due_before_cabinet(2025y / July, 2025y / July / 8d));
  EXPECT_EQ(on_day->what, "Cabinet on 8 July 2025");
  Item dated;
  dated.constraints.due_before.emplace().date = 2025y / June / 1d;
  auto plain = resolve_deadline(with_cabinet(), PlanningCalendar{}, dated);
  EXPECT_EQ(plain->before, 2025y / June / 1d);
  EXPECT_EQ(plain->what, "1 June 2025");
  EXPECT_FALSE(resolve_deadline(with_cabinet(), PlanningCalendar{}, Item{}));
}

}  // namespace
}  // namespace agendad::planner
