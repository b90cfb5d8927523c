// `agendad schedule` as text: a clerk reads each body's year, then what needs the council's word.
#include <map>
#include <sstream>

#include "feeds/reports/schedule_report.hpp"

namespace agendad::reports {

using planner::CalendarProposal, planner::Committee, planner::GivenUp, planner::Meeting, planner::Programme,
    planner::ProposedMeeting, planner::UnconfiguredPattern, planner::UnplacedMeeting, planner::Venue,
    planner::Violation, planner::day_month_year, planner::long_date;

namespace {

std::string venue_name(const Programme& programme, const std::string& id) {
  const Venue* venue = programme.venue(id);
  return venue ? venue->name : id;
}

// One committee's block: how its pattern was come by when none is configured, its meetings kept,
// proposed and unplaced.
void committee_text(std::ostream& out, const CalendarReport& report, const Committee& committee,
                    const std::vector<const ProposedMeeting*>& proposed) {
  const Programme& programme = report.programme;
  out << "\n" << committee.name << ": " << proposed.size() << " proposed\n";
  for (const UnconfiguredPattern& u : report.calendar.unconfigured)
    if (u.committee == committee.id) out << "  " << u.committee << ": " << u.explanation << ".\n";
  for (const std::string& id : report.calendar.kept)
    if (const Meeting* m = programme.meeting(id); m && m->committee == committee.id)
      out << "  KEPT     " << long_date(m->date) << (m->start ? ", " + agenda_time(*m->start) : "") << ", "
          << venue_name(programme, m->venue.empty() ? committee.venue : m->venue) << " (" << to_string(m->kind)
          << (m->proposed ? ", proposed" : "") << ")\n";
  for (const ProposedMeeting* p : proposed) {
    const Meeting& m = p->meeting;
    out << "  PROPOSED " << long_date(m.date) << ", " << agenda_time(*m.start) << ", " << venue_name(programme, m.venue)
        << " (meeting " << p->number << " of " << p->of << ")\n"
        << "    " << p->reason << "\n";
    for (const GivenUp& g : p->given_up) out << "    gave up " << to_string(g.goal) << ": " << g.reason << "\n";
  }
  for (const UnplacedMeeting& u : report.calendar.unplaced)
    if (u.committee == committee.id) out << "  CANNOT PLACE " << u.reason << "\n";
}

// The extraordinary meetings proposed, the configured meetings that break a hard rule, and notes.
void beyond_the_calendar(std::ostream& out, const CalendarReport& report) {
  const Programme& programme = report.programme;
  if (!report.extraordinary.meetings.empty() || !report.extraordinary.cannot.empty()) {
    out << "\nExtraordinary meetings\n";
    for (const auto& e : report.extraordinary.meetings)
      out << "  PROPOSED " << programme.body_name(e.meeting.committee) << ", " << long_date(e.meeting.date) << ", "
          << agenda_time(*e.meeting.start) << ", " << venue_name(programme, e.meeting.venue) << "\n    " << e.reason
          << "\n";
    for (const auto& c : report.extraordinary.cannot) out << "  CANNOT " << c << "\n";
  }
  if (!report.fixed_clashes.empty()) {
    out << "\nMeetings already configured that break a hard rule (kept as they are)\n";
    for (const Violation& v : report.fixed_clashes) out << "  " << v.message << "\n";
  }
  for (const std::string& note : report.calendar.notes) out << "\nNote: " << note << "\n";
}

}  // namespace

std::string schedule_text(const CalendarReport& report) {
  const CalendarProposal& calendar = report.calendar;
  std::ostringstream out;
  out << "Proposed calendar of meetings, municipal year " << calendar.year.label << " ("
      << day_month_year(calendar.year.first) << " to " << day_month_year(calendar.year.last) << ")";
  if (report.as_of) out << ", as of " << long_date(*report.as_of);
  out << "\nEvery proposed meeting is tentative until the council confirms it.\n";
  std::map<std::string, std::vector<const ProposedMeeting*>> by_body;
  for (const auto& p : calendar.proposed) by_body[p.meeting.committee].push_back(&p);
  // Every committee: one without a pattern is scheduled from the pattern inferred for it, or told why not.
  for (const Committee& committee : report.programme.committees)
    committee_text(out, report, committee, by_body[committee.id]);
  beyond_the_calendar(out, report);
  out << "\n" << calendar.proposed.size() << " meetings proposed, " << calendar.kept.size() << " kept, "
      << calendar.unplaced.size() << " cannot be placed; soft cost " << calendar.cost << "\n";
  return out.str();
}

}  // namespace agendad::reports
