#pragma once
// Ownership of libical's C objects. libical keeps global state (its error number, its builtin
// time zones, its ring of temporary strings) and is not safe to call from several threads at once:
// agendad calls it from one thread only, when a configuration loads.
#include <libical/ical.h>

#include <memory>
#include <string>

namespace agendad::planner::sources {

struct ComponentDeleter {
  void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentDeleter>;

struct TimezoneDeleter {
  void operator()(icaltimezone* zone) const { icaltimezone_free(zone, 1); }
};
using TimezonePtr = std::unique_ptr<icaltimezone, TimezoneDeleter>;

// Copies a string libical allocated for the caller (the *_r functions) and frees it.
inline std::string take_string(char* owned) {
  std::string copy = owned ? owned : "";
  icalmemory_free_buffer(owned);
  return copy;
}

}  // namespace agendad::planner::sources
