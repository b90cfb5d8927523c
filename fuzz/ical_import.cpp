// links: agendad_sources
// Arbitrary bytes through the iCalendar importer: it must read them or refuse them with a located
// error, never crash, hang or trip a sanitizer.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "planner/sources/import.hpp"

using agendad::planner::sources::import_calendar_text;
using agendad::planner::sources::Tolerance;

// Both ways of reading: strictly, and leniently as other bodies' calendars are read; a lenient
// read that succeeds has at least one event.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  for (auto tolerance : {Tolerance::strict, Tolerance::lenient}) {
    auto calendar = import_calendar_text(text, "fuzz.ics", tolerance);
    if (!calendar && calendar.error().empty()) __builtin_trap();  // a refusal always says why
    if (calendar && tolerance == Tolerance::lenient && calendar->events.empty()) __builtin_trap();
  }
  return 0;
}
