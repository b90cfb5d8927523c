// links: agendad_ical
// Arbitrary bytes through the iCalendar importer: it must read them or refuse them with a located
// error, never crash, hang or trip a sanitizer.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "feeds/ical/import.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto calendar =
      agendad::ical::import_calendar_text(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.ics");
  if (!calendar && calendar.error().empty()) __builtin_trap();  // a refusal always says why
  return 0;
}
