#include "feeds/ical/london_timezone.hpp"

#include <stdexcept>

namespace agendad::ical {

using planner::sources::ComponentPtr;

namespace {

// UK summer time since 1972 (the Summer Time Order 2002 and its predecessors): from 01:00 GMT on
// the last Sunday in March to 01:00 GMT (02:00 BST) on the last Sunday in October.
constexpr const char* london_text =
    "BEGIN:VTIMEZONE\r\n"
    "TZID:Europe/London\r\n"
    "BEGIN:DAYLIGHT\r\n"
    "TZNAME:BST\r\n"
    "TZOFFSETFROM:+0000\r\n"
    "TZOFFSETTO:+0100\r\n"
    "DTSTART:19700329T010000\r\n"
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
    "END:DAYLIGHT\r\n"
    "BEGIN:STANDARD\r\n"
    "TZNAME:GMT\r\n"
    "TZOFFSETFROM:+0100\r\n"
    "TZOFFSETTO:+0000\r\n"
    "DTSTART:19701025T020000\r\n"
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
    "END:STANDARD\r\n"
    "END:VTIMEZONE\r\n";

}  // namespace

ComponentPtr london_vtimezone() {
  ComponentPtr zone(icalcomponent_new_from_string(london_text));
  if (!zone) throw std::logic_error("libical cannot parse agendad's own Europe/London VTIMEZONE");
  return zone;
}

}  // namespace agendad::ical
