#include "feeds/ical/sequence_state.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <limits>
#include <sstream>
#include <vector>

#include "feeds/ical/meeting_event.hpp"
#include "planner/rules/timetable.hpp"

namespace agendad::ical {

using planner::Action, planner::Meeting, planner::PlanningCalendar, planner::Programme, planner::Timetable,
    planner::WorkingCalendar, planner::iso;

namespace {

constexpr std::string_view header = "agendad sequence state 1";
constexpr std::int64_t max_sequence = std::numeric_limits<std::int32_t>::max();  // iCalendar INTEGER
const Seconds floor_epoch{std::chrono::sys_days{std::chrono::year{2024} / 1 / 1}};

std::string hex64(std::uint64_t value) {
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(value));
  return buffer;
}

std::optional<std::int64_t> integer(std::string_view text) {
  std::int64_t value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  return value;
}

bool is_fingerprint(std::string_view text) {
  return text.size() == 16 && text.find_first_not_of("0123456789abcdef") == std::string_view::npos;
}

// The fingerprint of everything that takes the meeting's revision: its event, its deadlines (as
// render_deadlines_feed dates them) and the actions resolved at it. "2|" marks this key's version:
// the first key covered the event alone.
std::string fingerprint(const Programme& programme, const WorkingCalendar& working, const Meeting& meeting) {
  MeetingEvent event = meeting_event(programme, meeting);
  std::string key = "2|" + iso(event.start_date) + "|" + (event.start ? hh_mm(*event.start) : "") + "|" +
                    iso(event.end_date) + "|" + (event.end ? hh_mm(*event.end) : "") + "|" + event.location + "|" +
                    event.status;
  if (is_formal(meeting)) {
    Timetable dates = timetable(working, programme.council.rules, meeting);
    key += "|" + iso(dates.publication) + "|" + (dates.report_deadline ? iso(*dates.report_deadline) : "");
  }
  // By id, so that reordering the configuration changes nothing.
  std::vector<const Action*> actions;
  for (const Action& action : programme.actions)
    if (action.meeting == meeting.id) actions.push_back(&action);
  std::sort(actions.begin(), actions.end(), [](const Action* a, const Action* b) { return a->id < b->id; });
  for (const Action* action : actions)
    key += "|" + action->id + "|" + (action->due ? iso(*action->due) : "") + "|" + (action->done ? "done" : "owed");
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (unsigned char c : key) hash = (hash ^ c) * 0x100000001b3ULL;
  return hex64(hash);
}

}  // namespace

std::string fingerprint(const Programme& programme, const PlanningCalendar& calendar, const Meeting& meeting) {
  return fingerprint(programme, working_calendar(calendar, programme.council.rules), meeting);
}

std::int64_t rebuild_floor(Seconds now) {
  return std::clamp<std::int64_t>((now - floor_epoch).count(), 0, max_sequence);
}

SequenceState next_state(const SequenceState& previous, const Programme& programme, const PlanningCalendar& calendar,
                         Seconds now) {
  SequenceState next = previous;
  const WorkingCalendar working = working_calendar(calendar, programme.council.rules);
  for (const Meeting& meeting : programme.meetings) {
    std::string print = fingerprint(programme, working, meeting);
    auto found = next.meetings.find(meeting.id);
    if (found == next.meetings.end()) {
      next.meetings.emplace(meeting.id, MeetingRevision{print, next.floor, now});
    } else if (found->second.fingerprint != print) {
      found->second = MeetingRevision{print, std::min(found->second.sequence + 1, max_sequence), now};
    }
  }
  return next;
}

std::string serialise(const SequenceState& state) {
  std::ostringstream out;
  out << header << "\nfloor " << state.floor << "\n";
  // The id goes last so that it may hold spaces; ids never hold line ends (YAML scalars on one line).
  for (const auto& [id, revision] : state.meetings)
    out << "meeting " << revision.sequence << " " << revision.changed.time_since_epoch().count() << " "
        << revision.fingerprint << " " << id << "\n";
  return out.str();
}

std::optional<SequenceState> parse_sequence_state(std::string_view text) {
  SequenceState state;
  bool first = true, have_floor = false;
  while (!text.empty()) {
    std::size_t end = text.find('\n');
    if (end == std::string_view::npos) return std::nullopt;  // truncated: the last line has no end
    std::string_view line = text.substr(0, end);
    text.remove_prefix(end + 1);
    if (first) {
      if (line != header) return std::nullopt;
      first = false;
    } else if (line.starts_with("floor ")) {
      auto value = integer(line.substr(6));
      if (!value || *value < 0 || *value > max_sequence || have_floor) return std::nullopt;
      state.floor = *value;
      have_floor = true;
    } else if (line.starts_with("meeting ")) {
      std::string_view rest = line.substr(8);
      std::string_view fields[3];
      for (auto& field : fields) {
        std::size_t space = rest.find(' ');
        if (space == std::string_view::npos) return std::nullopt;
        field = rest.substr(0, space);
        rest.remove_prefix(space + 1);
      }
      auto sequence = integer(fields[0]);
      auto changed = integer(fields[1]);
      if (!sequence || *sequence < 0 || *sequence > max_sequence || !changed || !is_fingerprint(fields[2]) ||
          rest.empty() || state.meetings.count(std::string(rest)))
        return std::nullopt;
      state.meetings.emplace(std::string(rest), MeetingRevision{std::string(fields[2]), *sequence,
                                                                Seconds{std::chrono::seconds{*changed}}});
    } else {
      return std::nullopt;
    }
  }
  if (first || !have_floor) return std::nullopt;
  return state;
}

}  // namespace agendad::ical
