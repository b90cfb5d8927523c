#include "feeds/drafts/agenda_membership.hpp"

#include "planner/model/membership.hpp"

namespace agendad::drafts {

using planner::Attendance, planner::Committee, planner::Date, planner::Member, planner::MemberRole,
    planner::MembershipChange, planner::Substitute, planner::day_month_year;

namespace {

// "A, B and C"
std::string listed(const std::vector<std::string>& names) {
  std::string line;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) line += i + 1 == names.size() ? " and " : ", ";
    line += names[i];
  }
  return line;
}

std::string councillors(const std::vector<std::string>& names) {
  return (names.size() == 1 ? "Councillor " : "Councillors ") + listed(names);
}

std::string attributed(const MembershipChange& change) {
  return change.source.empty() ? "" : " (" + change.source + ")";
}

}  // namespace

std::string membership_line(const std::vector<Member>& members) {
  std::vector<std::string> names;
  for (const Member& member : members) {
    std::string name = member.name;
    if (member.role == MemberRole::chair) name += " (Chair)";
    if (member.role == MemberRole::vice_chair) name += " (Vice-Chair)";
    names.push_back(std::move(name));
  }
  return names.empty() ? "" : councillors(names) + ".";
}

std::vector<std::string> membership_notes(const Committee& committee, Date day) {
  std::vector<std::string> notes;
  for (const MembershipChange* change : changes_by(committee, day)) {
    if (change->day_known) continue;
    const std::string by = day_month_year(change->date) + attributed(*change);
    auto note = [&](const std::string& name, std::string_view was, std::string_view did) {
      std::string line = "Councillor ";
      line.append(name).append(": ").append(was).append(" by ").append(by);
      line.append("; the day they ").append(did).append(" is to be confirmed.");
      notes.push_back(std::move(line));
    };
    for (const Member& joiner : change->join) note(joiner.name, "a member", "joined");
    for (const std::string& leaver : change->leave) note(leaver, "no longer a member", "left");
  }
  return notes;
}

std::string present_line(const Attendance& attendance) {
  std::vector<std::string> others;
  for (const std::string& name : attendance.present)
    if (name != attendance.chair) others.push_back(name);
  std::string line = attendance.chair.empty() ? "" : "Councillor " + attendance.chair + " (in the Chair)";
  if (!others.empty()) line += (line.empty() ? "" : "; ") + councillors(others);
  return line.empty() ? "None recorded." : line + ".";
}

std::string apologies_line(const Attendance& attendance) {
  return attendance.apologies.empty() ? "None recorded." : councillors(attendance.apologies) + ".";
}

std::string substitutes_line(const Attendance& attendance) {
  std::vector<std::string> pairs;
  for (const Substitute& substitute : attendance.substitutes)
    pairs.push_back("Councillor " + substitute.name + " for Councillor " + substitute.for_member);
  return pairs.empty() ? "None recorded." : listed(pairs) + ".";
}

std::string attendance_heading(const Attendance& attendance) {
  return "Attendance" + (attendance.source.empty() ? std::string() : " (" + attendance.source + ")") + ":-";
}

std::vector<AttendanceLine> attendance_lines(const Attendance& attendance) {
  return {{"Present:-", present_line(attendance)},
          {"Apologies:-", apologies_line(attendance)},
          {"Substitutes:-", substitutes_line(attendance)}};
}

}  // namespace agendad::drafts
