// `agendad plan` as text: a clerk reads it top to bottom, most urgent first.
#include <sstream>

#include "feeds/reports/plan_report.hpp"

namespace agendad::reports {

using planner::CommitteePlan, planner::ExtraordinaryMeeting, planner::Flag, planner::MeetingPlan, planner::Plan,
    planner::Programme, planner::Proposal, planner::day_month_year, planner::long_date;

namespace {

std::string title_of(const Programme& programme, std::size_t item) { return public_title(programme.items[item]); }

// Why the planner proposes each of the committee's extraordinary meetings, under its proposals.
void extraordinary_reasons(std::ostream& out, const Plan& plan, const std::string& committee) {
  for (const ExtraordinaryMeeting& extra : plan.extraordinary.meetings)
    if (extra.meeting.committee == committee) out << "  " << extra.reason << "\n";
}

// A meeting from the plan's date on: its dates and how full it is.
void meeting_line(std::ostream& out, const MeetingPlan& meeting) {
  out << "  " << long_date(meeting.meeting->date) << " (" << to_string(meeting.meeting->kind) << ", "
      << (meeting.meeting->proposed ? "proposed" : to_string(meeting.meeting->status)) << "): agenda out by "
      << day_month_year(meeting.dates.publication);
  if (meeting.dates.report_deadline) out << ", reports by " << day_month_year(*meeting.dates.report_deadline);
  out << "; " << meeting.booked << " booked";
  if (meeting.capacity) out << " of " << *meeting.capacity << (meeting.capacity_assumed ? " (assumed)" : "");
  if (meeting.booked_taking_no_place)
    out << " and " << meeting.booked_taking_no_place
        << (is_formal(*meeting.meeting) ? " taking no place" : " workshop sessions");
  if (meeting.proposed) out << ", " << meeting.proposed << " proposed";
  out << "\n";
}

void committee_text(std::ostream& out, const Programme& programme, const Plan& plan, const CommitteePlan& part) {
  out << programme.body_name(part.committee) << ": the plan as of " << long_date(plan.as_of) << "\n\n";
  out << "Flags, most urgent first:\n";
  if (part.flags.empty()) out << "  none\n";
  for (const Flag& flag : part.flags)
    out << "  [" << to_string(flag.severity) << "] " << flag.message << " (" << to_string(flag.link_kind) << " "
        << flag.link << ")\n";
  out << "\nProposed meetings:\n";
  if (part.proposals.proposals.empty()) out << "  none\n";
  for (const Proposal& proposal : part.proposals.proposals)
    out << "  " << title_of(programme, proposal.item) << ": " << explain(programme, part.proposals, proposal) << "\n";
  extraordinary_reasons(out, plan, part.committee);
  out << "\nMeetings:\n";
  for (const MeetingPlan& meeting : part.proposals.meetings)
    if (!(meeting.meeting->date < plan.as_of)) meeting_line(out, meeting);
  out << "\n";
}

}  // namespace

std::string plan_text(const Programme& programme, const Plan& plan) {
  std::ostringstream out;
  for (const CommitteePlan& part : plan.committees) committee_text(out, programme, plan, part);
  return out.str();
}

}  // namespace agendad::reports
