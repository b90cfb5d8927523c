#pragma once
// The programme as it stood on given days, shared by the render jobs that need the same day: each
// agenda pack's work programme is planned from the programme as of the day before its meeting, a
// view of the whole programme. Made once a day rather than once a pack, a council of many
// committees makes a bounded number of them (there are only so many days), not one per meeting;
// and each is let go when the last job that said it would take it has, so that they are not all
// held at once when the jobs take the days in order.
#include <map>
#include <memory>
#include <mutex>

#include "planner/model/programme.hpp"
#include "planner/rules/as_of.hpp"

namespace agendad::site {

class ViewsByDay {
 public:
  explicit ViewsByDay(const planner::Programme& programme) : programme_(programme) {}

  // Says a job will take `day` once: before the jobs run.
  void expect(planner::Date day);
  // The view of `day`, made by the first taker; then `release(day)` when done with it. From any
  // render thread.
  std::shared_ptr<const planner::ProgrammeAsOf> take(planner::Date day);
  void release(planner::Date day);

 private:
  struct Day {
    std::shared_ptr<const planner::ProgrammeAsOf> view;
    std::size_t takers_left = 0;
  };
  const planner::Programme& programme_;
  std::mutex mutex_;
  std::map<planner::Date, Day> days_;
};

}  // namespace agendad::site
