// links: agendad_sources
// Arbitrary bytes through the iCalendar importer: it must read them or refuse them with a located
// error, never crash, hang or trip a sanitizer.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "planner/sources/import.hpp"

// Both ways of reading: strictly, and leniently as other bodies' calendars are read; a lenient
// read that succeeds has at least one event.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  for (auto tolerance : {agendad::ical::Tolerance::strict, agendad::ical::Tolerance::lenient}) {
    auto calendar = agendad::ical::import_calendar_text(text, "fuzz.ics", tolerance);
    if (!calendar && calendar.error().empty()) __builtin_trap();  // a refusal always says why
    if (calendar && tolerance == agendad::ical::Tolerance::lenient && calendar->events.empty()) __builtin_trap();
  }
  return 0;
}
