#include "feed_testing.hpp"

#include <stdexcept>

#include "feeds/ical/content_lines.hpp"
#include "planner/model/utf8.hpp"

namespace agendad::ical::testing {

using planner::Committee, planner::Date, planner::Meeting, planner::Programme, planner::StandingItem, planner::Venue,
    planner::WallTime, planner::sources::ComponentPtr, planner::sources::TimezonePtr, planner::utf8_sequence_length;

namespace {

std::string text_of(icalcomponent* c, icalproperty_kind kind, const char* (*get)(const icalproperty*)) {
  icalproperty* p = icalcomponent_get_first_property(c, kind);
  const char* value = p ? get(p) : nullptr;
  return value ? value : "";
}

std::time_t instant(icalproperty* p, icaltimezone* zone, bool& all_day, std::string* tzid = nullptr) {
  icaltimetype t = icalvalue_get_datetime(icalproperty_get_value(p));
  all_day = t.is_date;
  if (icalparameter* param = icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER)) {
    if (tzid) *tzid = icalparameter_get_tzid(param);
    if (std::string(icalparameter_get_tzid(param)) != icaltimezone_get_tzid(zone))
      throw std::runtime_error("a TZID with no VTIMEZONE in the feed");
    return icaltime_as_timet_with_zone(t, zone);
  }
  return icaltime_as_timet_with_zone(t, icaltimezone_get_utc_timezone());
}

}  // namespace

Date ymd(int y, unsigned m, unsigned d) { return std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}; }

std::time_t utc(int y, unsigned m, unsigned d, int hour, int minute) {
  return std::chrono::system_clock::to_time_t(std::chrono::sys_days{ymd(y, m, d)} + std::chrono::hours{hour} +
                                              std::chrono::minutes{minute});
}

ParsedFeed parse_feed(const std::string& bytes) {
  ComponentPtr calendar(icalparser_parse_string(bytes.c_str()));
  if (!calendar || icalcomponent_isa(calendar.get()) != ICAL_VCALENDAR_COMPONENT)
    throw std::runtime_error("libical cannot parse the feed");
  ParsedFeed feed;
  feed.name = text_of(calendar.get(), ICAL_NAME_PROPERTY, icalproperty_get_name);
  TimezonePtr zone(icaltimezone_new());
  for (icalcomponent* c = icalcomponent_get_first_component(calendar.get(), ICAL_VTIMEZONE_COMPONENT); c;
       c = icalcomponent_get_next_component(calendar.get(), ICAL_VTIMEZONE_COMPONENT)) {
    ++feed.vtimezones;
    icaltimezone_set_component(zone.get(), icalcomponent_new_clone(c));
  }
  for (icalcomponent* c = icalcomponent_get_first_component(calendar.get(), ICAL_ANY_COMPONENT); c;
       c = icalcomponent_get_next_component(calendar.get(), ICAL_ANY_COMPONENT)) {
    icalcomponent_kind kind = icalcomponent_isa(c);
    if (kind != ICAL_VEVENT_COMPONENT && kind != ICAL_VTODO_COMPONENT) continue;
    if (icalcomponent_get_first_property(c, ICAL_XLICERROR_PROPERTY))
      throw std::runtime_error("X-LIC-ERROR in the feed");
    ParsedEvent event;
    event.kind = kind == ICAL_VEVENT_COMPONENT ? "VEVENT" : "VTODO";
    event.uid = text_of(c, ICAL_UID_PROPERTY, icalproperty_get_uid);
    event.summary = text_of(c, ICAL_SUMMARY_PROPERTY, icalproperty_get_summary);
    event.location = text_of(c, ICAL_LOCATION_PROPERTY, icalproperty_get_location);
    event.description = text_of(c, ICAL_DESCRIPTION_PROPERTY, icalproperty_get_description);
    event.url = text_of(c, ICAL_URL_PROPERTY, icalproperty_get_url);
    if (icalproperty* p = icalcomponent_get_first_property(c, ICAL_STATUS_PROPERTY))
      event.status = icalproperty_status_to_string(icalproperty_get_status(p));
    if (icalproperty* p = icalcomponent_get_first_property(c, ICAL_SEQUENCE_PROPERTY))
      event.sequence = icalproperty_get_sequence(p);
    if (icalproperty* p = icalcomponent_get_first_property(c, ICAL_DTSTAMP_PROPERTY))
      event.dtstamp = icaltime_as_ical_string(icalproperty_get_dtstamp(p));
    bool ignored = false;
    if (icalproperty* p = icalcomponent_get_first_property(c, ICAL_DTSTART_PROPERTY))
      event.start = instant(p, zone.get(), event.all_day, &event.start_tzid);
    if (icalproperty* p = icalcomponent_get_first_property(c, ICAL_DTEND_PROPERTY))
      event.end = instant(p, zone.get(), ignored);
    if (icalproperty* p = icalcomponent_get_first_property(c, ICAL_DUE_PROPERTY))
      event.due = icaltime_as_ical_string(icalproperty_get_due(p));
    feed.events.push_back(std::move(event));
  }
  return feed;
}

std::vector<std::string> byte_problems(const std::string& bytes) {
  std::vector<std::string> problems;
  if (bytes.starts_with("\xEF\xBB\xBF")) problems.push_back("a BOM");
  if (!bytes.ends_with("\r\n")) problems.push_back("the last line has no CRLF");
  std::size_t at = 0;
  int number = 0;
  while (at < bytes.size()) {
    ++number;
    std::size_t end = bytes.find("\r\n", at);
    if (end == std::string::npos) end = bytes.size();
    std::string_view line(bytes.data() + at, end - at);
    std::string where = "line " + std::to_string(number) + ": ";
    if (line.size() > 75) problems.push_back(where + std::to_string(line.size()) + " octets");
    if (line.find('\n') != std::string_view::npos || line.find('\r') != std::string_view::npos)
      problems.push_back(where + "a bare LF or CR");
    for (std::size_t i = 0; i < line.size();) {
      std::size_t length = utf8_sequence_length(line.substr(i));
      if (length == 0) {
        problems.push_back(where + "not valid UTF-8 on its own (a fold inside a character?)");
        break;
      }
      i += length;
    }
    at = end + 2;
  }
  return problems;
}

std::string unfolded(const std::string& bytes) {
  std::string text;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (bytes.compare(i, 3, "\r\n ") == 0) {
      i += 2;
      continue;
    }
    text.push_back(bytes[i]);
  }
  return text;
}

Meeting meeting_at(const std::string& id, Date date, std::optional<WallTime> start) {
  Meeting meeting;
  meeting.id = id;
  meeting.committee = "ilsc";
  meeting.date = date;
  meeting.start = start;
  return meeting;
}

Programme small_programme() {
  Programme programme;
  programme.council.name = "Rotherham Metropolitan Borough Council";
  programme.council.calendar.base_url = "https://agendad.example.org";
  programme.venues.push_back(
      Venue{"town-hall", "Rotherham Town Hall", "The Crofts, Moorgate Street, Rotherham. S60 2TH", {}});
  Committee committee;
  committee.id = "ilsc";
  committee.name = "Improving Lives Select Commission";
  committee.venue = "town-hall";
  committee.standing_before_business.push_back(StandingItem{"apologies", "Apologies for Absence", "", ""});
  committee.standing_after_business.push_back(StandingItem{"urgent_business", "Urgent Business", "", ""});
  programme.committees.push_back(committee);
  return programme;
}

}  // namespace agendad::ical::testing
