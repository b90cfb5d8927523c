#include "planner/schedule/validate.hpp"

#include <algorithm>

#include "planner/rules/working_days.hpp"

namespace agendad::planner {
namespace {

struct Span {
  int from = 0;
  int to = 24 * 60;  // a meeting without a start holds the whole day
};

Span span_of(const Programme& programme, const Meeting& meeting) {
  const Committee* committee = programme.committee(meeting.committee);
  std::optional<WallTime> start = meeting.start ? meeting.start : committee ? committee->start : std::nullopt;
  if (!start) return {};
  int from = start->minutes_since_midnight();
  if (meeting.end) return {from, meeting.end->minutes_since_midnight()};
  int duration = meeting.duration_minutes                  ? *meeting.duration_minutes
                 : committee && committee->duration_minutes ? *committee->duration_minutes
                                                           : programme.council.calendar.default_duration_minutes;
  return {from, from + duration};
}

std::string venue_of(const Programme& programme, const Meeting& meeting) {
  if (!meeting.venue.empty()) return meeting.venue;
  const Committee* committee = programme.committee(meeting.committee);
  return committee ? committee->venue : "";
}

std::set<std::string> people_of(const Committee* committee) {
  std::set<std::string> people;
  if (!committee) return people;
  for (const Member& member : committee->members) people.insert(member.name);
  return people;
}

void report(std::vector<Violation>& found, std::string rule, std::vector<std::string> ids, std::string message) {
  found.push_back({std::move(rule), std::move(ids), std::move(message)});
}

// A meeting on its own: on a working day, outside the blackouts, in a month its body meets.
void day_violations(const Programme& programme, const WorkingCalendar& days, const Meeting& m,
                    std::vector<Violation>& found) {
  std::string when = day_month_year(m.date);
  if (!is_working_day(days, m.date)) report(found, "calendar", {m.id}, m.id + ": " + when + " is not a working day");
  for (const Blackout& window : programme.council.rules.blackouts)
    if (window.kinds.empty() && window.from <= m.date && m.date <= window.to)
      report(found, "blackout", {m.id}, m.id + ": " + when + " falls in " + window.reason);
  const Committee* committee = programme.committee(m.committee);
  if (committee && committee->pattern && is_formal(m)) {
    const auto& off = committee->pattern->months_without_meetings;
    if (std::find(off.begin(), off.end(), m.date.month()) != off.end())
      report(found, "months", {m.id}, m.id + ": " + committee->name + " does not meet in " + month_name(m.date.month()));
  }
}

// Either meeting of the pair that feeds the other's body comes enough working days before it.
void feed_violations(const Programme& programme, const WorkingCalendar& days, const Meeting& a, const Meeting& b,
                     std::vector<Violation>& found) {
  std::vector<std::string> ids{a.id, b.id};
  for (auto [x, y] : {std::pair{&a, &b}, std::pair{&b, &a}}) {
    const Committee* cx = programme.committee(x->committee);
    if (!cx || !cx->pattern) continue;
    for (const std::string& fed : cx->pattern->feeds) {
      if (y->committee != fed || y->date < x->date) continue;
      int n = cx->pattern->working_days_before_fed_body.value_or(0);
      // Working days after the feeding meeting, up to and including the fed one's day.
      int between = clear_working_days_between(days, x->date, y->date) +
                    (x->date != y->date && is_working_day(days, y->date) ? 1 : 0);
      if (between < n)
        report(found, "feeds", ids, x->id + " is fewer than " + std::to_string(n) + " working days before " + y->id);
    }
  }
}

// Two meetings on one day: one a day for a body, and, where they overlap, no shared room, member
// or governance advisor.
void same_day_violations(const Programme& programme, const Meeting& a, const Meeting& b, std::vector<Violation>& found) {
  const Committee* ca = programme.committee(a.committee);
  const Committee* cb = programme.committee(b.committee);
  std::vector<std::string> ids{a.id, b.id};
  if (a.committee == b.committee && is_formal(a) && is_formal(b))
    report(found, "one_a_day", ids, a.id + " and " + b.id + ": one body, two meetings in a day");
  Span sa = span_of(programme, a), sb = span_of(programme, b);
  if (!(sa.from < sb.to && sb.from < sa.to)) return;
  std::string va = venue_of(programme, a);
  if (!va.empty() && va == venue_of(programme, b)) report(found, "room", ids, a.id + " and " + b.id + " share " + va);
  std::set<std::string> pa = people_of(ca), pb = people_of(cb);
  std::vector<std::string> common;
  std::set_intersection(pa.begin(), pa.end(), pb.begin(), pb.end(), std::back_inserter(common));
  if (!common.empty() && a.committee != b.committee)
    report(found, "member", ids, a.id + " and " + b.id + " overlap and share " + common.front());
  if (ca && cb && a.committee != b.committee && !ca->governance_advisor.empty() &&
      ca->governance_advisor == cb->governance_advisor)
    report(found, "advisor", ids, a.id + " and " + b.id + " overlap and share " + ca->governance_advisor);
}

}  // namespace

std::vector<Violation> hard_violations(const Programme& programme, const PlanningCalendar& calendar,
                                       const std::vector<Meeting>& all) {
  WorkingCalendar days = working_calendar(calendar, programme.council.rules);
  std::vector<const Meeting*> meetings;
  for (const Meeting& m : all)
    if (m.status != MeetingStatus::cancelled) meetings.push_back(&m);
  std::vector<Violation> found;
  for (const Meeting* m : meetings) day_violations(programme, days, *m, found);
  for (std::size_t i = 0; i < meetings.size(); ++i)
    for (std::size_t j = i + 1; j < meetings.size(); ++j) {
      feed_violations(programme, days, *meetings[i], *meetings[j], found);
      if (meetings[i]->date == meetings[j]->date) same_day_violations(programme, *meetings[i], *meetings[j], found);
    }
  return found;
}

}  // namespace agendad::planner
