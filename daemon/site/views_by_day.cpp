#include "daemon/site/views_by_day.hpp"

namespace agendad::site {

void ViewsByDay::expect(planner::Date day) {
  const std::lock_guard lock(mutex_);
  ++days_[day].takers_left;
}

std::shared_ptr<const planner::ProgrammeAsOf> ViewsByDay::take(planner::Date day) {
  const std::lock_guard lock(mutex_);
  Day& wanted = days_[day];
  // Made under the lock: another thread wanting the same day waits for it rather than making it too.
  if (!wanted.view) wanted.view = std::make_shared<const planner::ProgrammeAsOf>(programme_as_of(programme_, day));
  return wanted.view;
}

void ViewsByDay::release(planner::Date day) {
  const std::lock_guard lock(mutex_);
  auto found = days_.find(day);
  if (found == days_.end() || found->second.takers_left == 0) return;
  if (--found->second.takers_left == 0) found->second.view.reset();
}

}  // namespace agendad::site
