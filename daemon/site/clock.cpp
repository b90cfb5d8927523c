#include "daemon/site/clock.hpp"

#include <date/tz.h>

#include <chrono>

namespace agendad::site {

using planner::Date;

Date today_in_london() {
  const auto local = date::make_zoned("Europe/London", std::chrono::system_clock::now()).get_local_time();
  return Date{std::chrono::sys_days{date::floor<date::days>(local).time_since_epoch()}};
}

}  // namespace agendad::site
