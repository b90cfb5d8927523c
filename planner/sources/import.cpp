#include "planner/sources/import.hpp"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <set>

#include "planner/sources/component_outline.hpp"
#include "planner/sources/content_lines.hpp"
#include "planner/sources/libical_ptr.hpp"
#include "planner/load/read_file.hpp"

namespace agendad::planner::sources {
namespace {

constexpr int max_instances = 1000;          // of one recurring event
constexpr int last_year = 2100;              // instances after it are not expanded
constexpr std::size_t max_events = 100000;   // in one file, recurrences expanded
constexpr std::size_t max_diagnostics = 50;  // listed for one file; the rest are counted

std::string upper(std::string_view text) {
  std::string result(text);
  std::transform(result.begin(), result.end(), result.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return result;
}

// A libical component with the BEGIN/END block it was parsed from, when the two could be paired.
struct Located {
  icalcomponent* component = nullptr;
  const OutlineNode* node = nullptr;
};

// Everything one import needs to say where things are, and what it has found wrong so far.
class Reader {
 public:
  Reader(const std::string& source, const std::vector<ContentLine>& lines, Tolerance tolerance)
      : source_(source), lines_(lines), lenient_(tolerance == Tolerance::lenient) {}

  bool lenient() const { return lenient_; }

  // While an event is read leniently, its errors are warnings that cost the event alone.
  void begin_event() {
    in_event_ = true;
    event_failed_ = false;
  }
  bool end_event() {  // true when the event was read without an error
    in_event_ = false;
    return !event_failed_;
  }

  // The physical line of the first of the block's own lines (not its children's) whose property
  // name is `property`; the block's BEGIN line when there is none.
  int line_of(const OutlineNode* node, std::string_view property) const {
    std::size_t i = find(node, property, {}, false);
    return i == npos ? begin_line(node) : lines_[i].line;
  }

  // For libical's complaints, which name a property and quote its value: claims the line, so that
  // a second identical complaint finds the next one. `empty_value`: the value must be empty.
  int claim(const OutlineNode* node, std::string_view property, std::string_view needle, bool empty_value) {
    std::size_t i = find(node, property, needle, empty_value);
    if (i == npos) return begin_line(node);
    claimed_.insert(i);
    return lines_[i].line;
  }

  int begin_line(const OutlineNode* node) const { return node ? lines_[node->begin].line : 0; }

  // Past max_diagnostics a file's problems are counted, not listed (nor located: each search is a
  // scan of the block, and a hostile file can hold a complaint on every line).
  bool full() const { return diagnostics_.size() >= max_diagnostics; }

  void add(Severity severity, int line, std::string field, std::string message, std::string found = {},
           std::string expected = {}) {
    if (lenient_ && in_event_ && severity == Severity::error) {
      event_failed_ = true;
      severity = Severity::warning;
      message += ": this event is skipped";
    }
    if (full()) {
      ++(severity == Severity::error ? unlisted_errors_ : unlisted_warnings_);
      return;
    }
    diagnostics_.push_back(Diagnostic{
        severity, {source_, line, 0}, std::move(field), std::move(message), std::move(found), std::move(expected)});
  }

  bool failed() const { return has_errors(diagnostics_) || unlisted_errors_ > 0; }

  // The errors, or when there are none (the file is read) the warnings.
  Diagnostics finish() && {
    bool failed = this->failed();
    Diagnostics kept;
    std::copy_if(diagnostics_.begin(), diagnostics_.end(), std::back_inserter(kept),
                 [failed](const Diagnostic& d) { return !failed || d.severity == Severity::error; });
    if (int unlisted = failed ? unlisted_errors_ : unlisted_warnings_; unlisted > 0)
      kept.push_back(Diagnostic{failed ? Severity::error : Severity::warning,
                                {source_, 0, 0},
                                "",
                                "and " + std::to_string(unlisted) + " more problems like these",
                                "",
                                ""});
    return kept;
  }

 private:
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);

  static bool inside_child(const OutlineNode& node, std::size_t i) {
    // Children are in file order: the last one beginning at or before line i is the only candidate.
    auto after = std::upper_bound(node.children.begin(), node.children.end(), i,
                                  [](std::size_t line, const OutlineNode& child) { return line < child.begin; });
    return after != node.children.begin() && i <= std::prev(after)->end;
  }

  std::size_t find(const OutlineNode* node, std::string_view property, std::string_view needle,
                   bool empty_value) const {
    if (!node) return npos;
    for (std::size_t i = node->begin + 1; i < node->end; ++i) {
      if (claimed_.count(i) || inside_child(*node, i)) continue;
      const std::string& text = lines_[i].text;
      if (!property.empty()) {
        char next = text.size() > property.size() ? text[property.size()] : '\0';
        if (upper(text.substr(0, property.size())) != property || (next != ';' && next != ':')) continue;
      }
      if (!needle.empty() && text.find(needle) == std::string::npos) continue;
      if (empty_value && text.back() != ':') continue;
      return i;
    }
    return npos;
  }

  const std::string& source_;
  const std::vector<ContentLine>& lines_;
  bool lenient_;
  bool in_event_ = false;
  bool event_failed_ = false;
  std::set<std::size_t> claimed_;
  Diagnostics diagnostics_;
  int unlisted_errors_ = 0;
  int unlisted_warnings_ = 0;
};

std::vector<Located> children_of(Located parent) {
  std::vector<Located> children;
  for (icalcomponent* c = icalcomponent_get_first_component(parent.component, ICAL_ANY_COMPONENT); c;
       c = icalcomponent_get_next_component(parent.component, ICAL_ANY_COMPONENT))
    children.push_back({c, nullptr});
  if (parent.node && parent.node->children.size() == children.size())
    for (std::size_t i = 0; i < children.size(); ++i) children[i].node = &parent.node->children[i];
  return children;
}

bool inside_timezone(icalcomponent_kind kind) {
  return kind == ICAL_VTIMEZONE_COMPONENT || kind == ICAL_XSTANDARD_COMPONENT || kind == ICAL_XDAYLIGHT_COMPONENT;
}

// The property a libical complaint names: "... value in DTSTART property. ...", "No value for RDATE
// property. ...", "Invalid VALUE type for property IMAGE: ..."; empty when it names none.
std::string_view property_named(std::string_view message) {
  auto is_name = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-'; };
  if (std::size_t at = message.find("for property "); at != std::string_view::npos) {
    std::string_view rest = message.substr(at + 13);
    std::size_t end = std::find_if_not(rest.begin(), rest.end(), is_name) - rest.begin();
    if (end < rest.size() && rest[end] == ':') return rest.substr(0, end);
  }
  if (std::size_t at = message.find(" property"); at != std::string_view::npos) {
    std::string_view before = message.substr(0, at);
    std::size_t start = before.size();
    while (start > 0 && is_name(before[start - 1])) --start;
    std::string_view head = before.substr(0, start);
    if (start < before.size() && (head.ends_with(" in ") || head.ends_with(" for "))) return before.substr(start);
  }
  return {};
}

// The events whose dates libical could not read, skipped when reading leniently.
using Skipped = std::set<const icalcomponent*>;

// libical replaces what it cannot parse with X-LIC-ERROR properties; each becomes a located
// diagnostic, an error where dates depend on it (read leniently: a warning, and a VEVENT whose
// dates depend on it is skipped).
void report_libical_errors(Reader& reader, Located located, bool in_timezone, Skipped& skipped) {
  static const std::set<std::string> date_properties{"DTSTART", "DTEND",  "DURATION",
                                                     "RRULE",   "EXDATE", "RECURRENCE-ID"};
  icalcomponent_kind kind = icalcomponent_isa(located.component);
  in_timezone = in_timezone || inside_timezone(kind);
  for (icalproperty* p = icalcomponent_get_first_property(located.component, ICAL_XLICERROR_PROPERTY); p;
       p = icalcomponent_get_next_property(located.component, ICAL_XLICERROR_PROPERTY)) {
    std::string message = icalproperty_get_xlicerror(p) ? icalproperty_get_xlicerror(p) : "";
    icalparameter* type = icalproperty_get_first_parameter(p, ICAL_XLICERRORTYPE_PARAMETER);
    bool structural = type && icalparameter_get_xlicerrortype(type) == ICAL_XLICERRORTYPE_COMPONENTPARSEERROR;
    std::string property = upper(property_named(message));
    std::size_t colon = message.rfind(": ");
    std::string needle = colon == std::string::npos ? "" : message.substr(colon + 2);
    bool empty_value = message.find("No value for") != std::string::npos;
    if (message.rfind("Parse error in property name", 0) == 0) property.clear();  // the needle is the name
    int line = reader.full() ? 0 : reader.claim(located.node, property, needle, empty_value);
    bool fatal = structural || in_timezone || (kind == ICAL_VEVENT_COMPONENT && date_properties.count(property));
    const char* consequence = !fatal                          ? " (the line is ignored)"
                              : !reader.lenient()             ? ""
                              : kind == ICAL_VEVENT_COMPONENT ? ": this event is skipped"
                                                              : " (the line is ignored)";
    if (fatal && reader.lenient() && kind == ICAL_VEVENT_COMPONENT) skipped.insert(located.component);
    std::string said = "libical cannot read this line: ";
    said.append(message).append(consequence);
    reader.add(fatal && !reader.lenient() ? Severity::error : Severity::warning, line, property, std::move(said));
  }
  for (Located child : children_of(located)) report_libical_errors(reader, child, in_timezone, skipped);
}

std::optional<Date> civil_date(const icaltimetype& t) {
  if (t.year < 1 || t.year > 9999) return std::nullopt;
  Date date = std::chrono::year{t.year} / std::chrono::month{static_cast<unsigned>(t.month)} /
              std::chrono::day{static_cast<unsigned>(t.day)};
  return date.ok() ? std::optional(date) : std::nullopt;
}

icaltimezone* london() { return icaltimezone_get_builtin_timezone("Europe/London"); }

// A date or date-time property's value with its zone attached: the file's own VTIMEZONE for its
// TZID, else libical's builtin zone of that name; UTC for a Z time; none (floating) otherwise.
std::optional<icaltimetype> zoned_time(Reader& reader, Located event, icalcomponent* calendar, icalproperty* p,
                                       const char* name) {
  icalvalue* value = icalproperty_get_value(p);
  if (!value) return std::nullopt;
  icaltimetype t = icalvalue_get_datetime(value);
  if (icaltime_is_null_time(t) || !icaltime_is_valid_time(t)) {
    reader.add(Severity::error, reader.line_of(event.node, name), name, "not a date or date-time");
    return std::nullopt;
  }
  icalparameter* tzid_parameter = icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER);
  if (t.is_date || !tzid_parameter) return t;
  const char* tzid = icalparameter_get_tzid(tzid_parameter);
  icaltimezone* zone = tzid ? icalcomponent_get_timezone(calendar, tzid) : nullptr;
  if (!zone && tzid) zone = icaltimezone_get_builtin_timezone(tzid);
  if (!zone && tzid) zone = icaltimezone_get_builtin_timezone_from_tzid(tzid);
  if (!zone && reader.lenient()) {
    reader.add(Severity::warning, reader.line_of(event.node, name), name,
               "unknown time zone: read as Europe/London", std::string("TZID=") + (tzid ? tzid : ""),
               "a VTIMEZONE with this TZID, or a name like Europe/London");
    zone = london();
  }
  if (!zone) {
    reader.add(Severity::error, reader.line_of(event.node, name), name,
               "unknown time zone: the file has no VTIMEZONE for it and it is not an Olson name",
               std::string("TZID=") + (tzid ? tzid : ""), "a VTIMEZONE with this TZID, or a name like Europe/London");
    return std::nullopt;
  }
  return icaltime_set_timezone(&t, zone);
}

// The wall clock in London: zoned times converted, floating times read as London's.
icaltimetype in_london(icaltimetype t) {
  if (t.is_date || !t.zone) return t;
  return icaltime_convert_to_zone(t, london());
}

std::optional<ImportedEvent> make_event(Reader& reader, Located event, const icaltimetype& start,
                                        const icaltimetype& end) {
  icaltimetype from = in_london(start);
  icaltimetype to = in_london(end);
  auto from_date = civil_date(from);
  auto to_date = civil_date(to);
  if (!from_date || !to_date) {
    const char* name = !from_date                                                               ? "DTSTART"
                       : icalcomponent_get_first_property(event.component, ICAL_DTEND_PROPERTY) ? "DTEND"
                                                                                                : "DURATION";
    reader.add(Severity::error, reader.line_of(event.node, name), name, "a date outside years 1 to 9999");
    return std::nullopt;
  }
  ImportedEvent imported;
  auto text = [&](icalproperty_kind kind, const char* (*get)(const icalproperty*)) {
    icalproperty* p = icalcomponent_get_first_property(event.component, kind);
    const char* value = p ? get(p) : nullptr;
    return std::string(value ? value : "");
  };
  imported.uid = text(ICAL_UID_PROPERTY, icalproperty_get_uid);
  imported.summary = text(ICAL_SUMMARY_PROPERTY, icalproperty_get_summary);
  imported.location = text(ICAL_LOCATION_PROPERTY, icalproperty_get_location);
  if (icalproperty* status = icalcomponent_get_first_property(event.component, ICAL_STATUS_PROPERTY)) {
    icalproperty_status value = icalproperty_get_status(status);
    if (value != ICAL_STATUS_X && value != ICAL_STATUS_NONE) imported.status = icalproperty_status_to_string(value);
  }
  imported.all_day = start.is_date;
  imported.start_date = *from_date;
  imported.end_date = *to_date;
  if (!imported.all_day) {
    imported.start_time = WallTime{from.hour, from.minute};
    imported.end_time = WallTime{to.hour, to.minute};
  }
  return imported;
}

struct Override {
  std::string uid;
  icaltimetype instance;
};

bool same_instant(const icaltimetype& a, const icaltimetype& b) {
  return a.is_date || b.is_date ? icaltime_compare_date_only(a, b) == 0 : icaltime_compare(a, b) == 0;
}

// The event's end: DTEND, else DTSTART plus DURATION, else the day after an all-day start, else
// its start; never before its start. nullopt when DTEND cannot be read.
std::optional<icaltimetype> event_end(Reader& reader, Located event, icalcomponent* calendar, const icaltimetype& start) {
  icaltimetype end = start;
  if (icalproperty* dtend = icalcomponent_get_first_property(event.component, ICAL_DTEND_PROPERTY)) {
    auto zoned_end = zoned_time(reader, event, calendar, dtend, "DTEND");
    if (!zoned_end) return std::nullopt;
    end = *zoned_end;
    if (start.is_date) end.is_date = 1;
  } else if (icalproperty* duration = icalcomponent_get_first_property(event.component, ICAL_DURATION_PROPERTY)) {
    end = icaltime_add(start, icalproperty_get_duration(duration));
  } else if (start.is_date) {
    icaltime_adjust(&end, 1, 0, 0, 0);
  }
  if (icaltime_compare(end, start) < 0) {
    reader.add(Severity::warning, reader.line_of(event.node, "DTEND"), "DTEND",
               "the event ends before it starts: read as ending when it starts");
    end = start;
    if (start.is_date) icaltime_adjust(&end, 1, 0, 0, 0);
  }
  return end;
}

// The event's RRULE, if it has one agendad expands.
icalproperty* expandable_rrule(Reader& reader, Located event) {
  icalproperty* rrule = icalcomponent_get_first_property(event.component, ICAL_RRULE_PROPERTY);
  if (rrule && icalproperty_get_rrule(rrule).freq < ICAL_DAILY_RECURRENCE) {
    // libical steps through every second, minute or hour until one matches, which for a rule that
    // never matches takes centuries of steps: agendad reads meetings, which never recur so often.
    reader.add(Severity::warning, reader.line_of(event.node, "RRULE"), "RRULE",
               "a recurrence more frequent than daily is not expanded: only the first occurrence is read");
    return nullptr;
  }
  return rrule;
}

// The instances of a recurring event, less its EXDATEs and the instances other VEVENTs override,
// as many as agendad reads.
void expand_recurrence(Reader& reader, Located event, icalcomponent* calendar, icalproperty* rrule,
                       const icaltimetype& start, const icaltimetype& end, const std::vector<Override>& overrides,
                       std::vector<ImportedEvent>& events) {
  std::vector<icaltimetype> excluded;
  for (icalproperty* p = icalcomponent_get_first_property(event.component, ICAL_EXDATE_PROPERTY); p;
       p = icalcomponent_get_next_property(event.component, ICAL_EXDATE_PROPERTY))
    if (auto t = zoned_time(reader, event, calendar, p, "EXDATE")) excluded.push_back(*t);
  const char* uid = icalcomponent_get_uid(event.component);
  icaldurationtype length = icaltime_subtract(end, start);
  icalrecur_iterator* it = icalrecur_iterator_new(icalproperty_get_rrule(rrule), start);
  if (!it) {
    reader.add(Severity::error, reader.line_of(event.node, "RRULE"), "RRULE", "libical cannot expand this RRULE");
    return;
  }
  for (int count = 0; count < max_instances; ++count) {
    icaltimetype instance = icalrecur_iterator_next(it);
    if (icaltime_is_null_time(instance) || instance.year > last_year) break;
    instance.zone = start.zone;
    instance.is_date = start.is_date;
    auto is_instance = [&](const icaltimetype& t) { return same_instant(instance, t); };
    if (std::any_of(excluded.begin(), excluded.end(), is_instance)) continue;
    if (std::any_of(overrides.begin(), overrides.end(),
                    [&](const Override& o) { return uid && o.uid == uid && same_instant(instance, o.instance); }))
      continue;
    if (events.size() >= max_events) {
      reader.add(
          Severity::error, reader.line_of(event.node, "RRULE"), "RRULE",
          "the calendar expands to more than " + std::to_string(max_events) + " events, more than agendad reads");
      break;
    }
    if (auto imported = make_event(reader, event, instance, icaltime_add(instance, length)))
      events.push_back(std::move(*imported));
  }
  icalrecur_iterator_free(it);
}

// One VEVENT: its single occurrence, or the instances of its RRULE.
void read_event(Reader& reader, Located event, icalcomponent* calendar, const std::vector<Override>& overrides,
                std::vector<ImportedEvent>& events) {
  icalproperty* dtstart = icalcomponent_get_first_property(event.component, ICAL_DTSTART_PROPERTY);
  if (!dtstart) {
    reader.add(Severity::warning, reader.begin_line(event.node), "DTSTART", "an event with no DTSTART: skipped");
    return;
  }
  auto start = zoned_time(reader, event, calendar, dtstart, "DTSTART");
  if (!start) return;
  auto end = event_end(reader, event, calendar, *start);
  if (!end) return;
  if (icalcomponent_get_first_property(event.component, ICAL_RDATE_PROPERTY))
    reader.add(Severity::warning, reader.line_of(event.node, "RDATE"), "RDATE",
               "RDATE is not read: those dates are missing");
  if (icalproperty* rrule = expandable_rrule(reader, event)) {
    expand_recurrence(reader, event, calendar, rrule, *start, *end, overrides, events);
  } else if (auto imported = make_event(reader, event, *start, *end)) {
    events.push_back(std::move(*imported));
  }
}

void read_calendar(Reader& reader, Located calendar, const Skipped& skipped, std::vector<ImportedEvent>& events) {
  std::vector<Located> vevents;
  for (Located child : children_of(calendar))
    if (icalcomponent_isa(child.component) == ICAL_VEVENT_COMPONENT) vevents.push_back(child);
  std::vector<Override> overrides;
  for (Located event : vevents) {
    icalproperty* id = icalcomponent_get_first_property(event.component, ICAL_RECURRENCEID_PROPERTY);
    const char* uid = icalcomponent_get_uid(event.component);
    if (!id || !uid) continue;
    reader.begin_event();
    auto t = zoned_time(reader, event, calendar.component, id, "RECURRENCE-ID");
    if (reader.end_event() && t) overrides.push_back({uid, *t});
  }
  for (Located event : vevents) {
    if (skipped.contains(event.component)) continue;
    const std::size_t before = events.size();
    reader.begin_event();
    read_event(reader, event, calendar.component, overrides, events);
    if (!reader.end_event()) events.resize(before);  // leniently: what was wrong costs the event
  }
}

std::string joined(const std::vector<ContentLine>& lines) {
  std::string text;
  for (const ContentLine& line : lines) text.append(line.text).push_back('\n');
  return text;
}

// Leniently, a file of bare VEVENTs (no VCALENDAR around them, as some exports write) is read as if
// it had one; the new lines take the numbers of the first and last so that messages stay true.
bool wrap_bare_events(std::vector<ContentLine>& lines) {
  if (lines.empty() || upper(lines.front().text) != "BEGIN:VEVENT") return false;
  lines.insert(lines.begin(), ContentLine{lines.front().line, "BEGIN:VCALENDAR"});
  lines.push_back(ContentLine{lines.back().line, "END:VCALENDAR"});
  return true;
}

}  // namespace

Result<ImportedCalendar> import_calendar_text(std::string_view text, const std::string& source_name,
                                              Tolerance tolerance) {
  auto refuse = [&](int line, std::string message) {
    // Built by push_back: g++ 12 at -O3 warns falsely of an uninitialised string in a braced list here.
    Diagnostics problems;
    problems.push_back(Diagnostic{Severity::error, {source_name, line, 0}, "", std::move(message), "", ""});
    return tl::unexpected(std::move(problems));
  };
  if (text.size() > max_calendar_bytes)
    return refuse(0, "larger than " + std::to_string(max_calendar_bytes / (std::size_t{1024} * 1024)) +
                         " MB, the most agendad reads");
  auto lines = read_content_lines(text, source_name);
  if (!lines) return tl::unexpected(lines.error());
  const bool wrapped = tolerance == Tolerance::lenient && wrap_bare_events(*lines);
  auto calendars = outline_calendars(*lines, source_name);
  if (!calendars) return tl::unexpected(calendars.error());

  icalerror_set_errors_are_fatal(0);
  ComponentPtr root(icalparser_parse_string(joined(*lines).c_str()));
  icalerror_clear_errno();
  if (!root) return refuse(lines->front().line, "libical could not parse the calendar");

  // Several VCALENDARs in one file come back under an XROOT.
  OutlineNode top{"XROOT", 0, 0, std::move(*calendars)};
  std::vector<Located> found;
  if (icalcomponent_isa(root.get()) == ICAL_VCALENDAR_COMPONENT) {
    found.push_back({root.get(), top.children.size() == 1 ? &top.children.front() : nullptr});
  } else {
    for (Located child : children_of({root.get(), &top}))
      if (icalcomponent_isa(child.component) == ICAL_VCALENDAR_COMPONENT) found.push_back(child);
  }

  Reader reader(source_name, *lines, tolerance);
  if (wrapped)
    reader.add(Severity::warning, lines->front().line, "BEGIN",
               "the file has no BEGIN:VCALENDAR: its events are read as one calendar");
  ImportedCalendar imported{source_name, {}, {}};
  Skipped skipped;
  for (Located calendar : found) report_libical_errors(reader, calendar, false, skipped);
  if (!reader.failed())
    for (Located calendar : found) read_calendar(reader, calendar, skipped, imported.events);
  if (tolerance == Tolerance::lenient && imported.events.empty() && !reader.failed())
    reader.add(Severity::error, lines->front().line, "", "no event in the calendar could be read",
               "", "at least one VEVENT with a DTSTART");
  Diagnostics diagnostics = std::move(reader).finish();
  if (has_errors(diagnostics)) return tl::unexpected(std::move(diagnostics));
  imported.warnings = std::move(diagnostics);
  std::stable_sort(imported.events.begin(), imported.events.end(), [](const ImportedEvent& a, const ImportedEvent& b) {
    return std::tie(a.start_date, a.start_time, a.uid) < std::tie(b.start_date, b.start_time, b.uid);
  });
  return imported;
}

Result<ImportedCalendar> import_calendar_file(const std::string& path, Tolerance tolerance) {
  auto text = read_regular_file(path, max_calendar_bytes, "the calendar file");
  if (!text) return tl::unexpected(std::move(text.error()));
  return import_calendar_text(*text, path, tolerance);
}

}  // namespace agendad::planner::sources
