#include "feeds/ical/calendar_builder.hpp"

#include "feeds/ical/content_lines.hpp"
#include "feeds/ical/london_timezone.hpp"

namespace agendad::ical {

using planner::Date, planner::Diagnostic, planner::Diagnostics, planner::Severity, planner::WallTime,
    planner::sources::ComponentPtr, planner::sources::take_string;

namespace {

icaltimetype utc_time(Seconds at) {
  return icaltime_from_timet_with_zone(static_cast<time_t>(at.time_since_epoch().count()), 0,
                                       icaltimezone_get_utc_timezone());
}

icalproperty* x_property(const char* name, const std::string& value) {
  icalproperty* property = icalproperty_new_x(value.c_str());
  icalproperty_set_x_name(property, name);
  return property;
}

// libical writes X- properties escaping only backslashes and newlines (and, given a TEXT value,
// adds VALUE=TEXT but still leaves commas and semicolons bare). X-WR-CALNAME and X-WR-CALDESC are
// TEXT to every client that reads them, so their commas and semicolons are escaped here, in
// unfolded text.
std::string escape_x_text(std::string_view text) {
  std::string escaped;
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t end = text.find("\r\n", at);
    if (end == std::string::npos) end = text.size();
    std::string_view line(text.data() + at, end - at);
    bool x_text = line.starts_with("X-WR-CALNAME:") || line.starts_with("X-WR-CALDESC:");
    std::size_t colon = line.find(':');
    for (std::size_t i = 0; i < line.size(); ++i) {
      if (x_text && i > colon && line[i] == '\\' && i + 1 < line.size()) {
        escaped.append(line.substr(i, 2));  // already an escape: \\ or \n
        ++i;
        continue;
      }
      if (x_text && i > colon && (line[i] == ',' || line[i] == ';')) escaped.push_back('\\');
      escaped.push_back(line[i]);
    }
    escaped.append(text.substr(end, 2));
    at = end + 2;
  }
  return escaped;
}

}  // namespace

ComponentPtr new_calendar(const CalendarHeader& header, const FeedOptions& options) {
  ComponentPtr calendar(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
  icalcomponent* c = calendar.get();
  icalcomponent_add_property(c, icalproperty_new_version("2.0"));
  icalcomponent_add_property(c, icalproperty_new_prodid("-//agendad//Committee calendars//EN"));
  icalcomponent_add_property(c, icalproperty_new_calscale("GREGORIAN"));
  icalcomponent_add_property(c, icalproperty_new_method(ICAL_METHOD_PUBLISH));
  icalcomponent_add_property(c, icalproperty_new_name(header.name.c_str()));
  icalcomponent_add_property(c, x_property("X-WR-CALNAME", header.name));
  icalcomponent_add_property(c, x_property("X-WR-CALDESC", header.description));
  icalcomponent_add_property(c, x_property("X-WR-TIMEZONE", std::string(london_tzid)));
  icaldurationtype refresh = icaldurationtype_from_int(options.refresh_minutes * 60);
  icalproperty* interval = icalproperty_new_refreshinterval(refresh);
  icalproperty_add_parameter(interval, icalparameter_new_value(ICAL_VALUE_DURATION));
  icalcomponent_add_property(c, interval);
  icalcomponent_add_property(c, x_property("X-PUBLISHED-TTL", icaldurationtype_as_ical_string(refresh)));
  icalcomponent_add_component(c, london_vtimezone().release());
  return calendar;
}

icalproperty* wall_clock_property(icalproperty_kind kind, Date date, std::optional<WallTime> time) {
  icaltimetype t = icaltime_null_time();
  t.year = static_cast<int>(date.year());
  t.month = static_cast<int>(static_cast<unsigned>(date.month()));
  t.day = static_cast<int>(static_cast<unsigned>(date.day()));
  t.is_date = time ? 0 : 1;
  if (time) {
    t.hour = time->hour;
    t.minute = time->minute;
  }
  icalproperty* property = icalproperty_new(kind);
  icalproperty_set_value(property, t.is_date ? icalvalue_new_date(t) : icalvalue_new_datetime(t));
  if (time)
    icalproperty_add_parameter(property, icalparameter_new_tzid(std::string(london_tzid).c_str()));
  else
    icalproperty_add_parameter(property, icalparameter_new_value(ICAL_VALUE_DATE));
  return property;
}

void add_revision(icalcomponent* component, const SequenceState& state, const std::string& meeting_id) {
  auto found = state.meetings.find(meeting_id);
  MeetingRevision revision = found == state.meetings.end() ? MeetingRevision{} : found->second;
  icalcomponent_add_property(component, icalproperty_new_dtstamp(utc_time(revision.changed)));
  icalcomponent_add_property(component, icalproperty_new_lastmodified(utc_time(revision.changed)));
  icalcomponent_add_property(component, icalproperty_new_sequence(static_cast<int>(revision.sequence)));
}

tl::unexpected<Diagnostics> unknown_committee(std::string_view committee_id) {
  return tl::unexpected(Diagnostics{Diagnostic{Severity::error,
                                               {},
                                               "committee",
                                               "no such committee",
                                               std::string(committee_id),
                                               "a committee id from the configuration"}});
}

std::string serialise(const ComponentPtr& calendar) {
  return fold_content_lines(
      escape_x_text(unfold_content_lines(take_string(icalcomponent_as_ical_string_r(calendar.get())))));
}

}  // namespace agendad::ical
