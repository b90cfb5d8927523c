#pragma once
// The front sheet's membership on the meeting's date, and the attendance the minutes record, in
// the council's words.
#include <string>
#include <vector>

#include "planner/model/committee.hpp"
#include "planner/model/meeting.hpp"

namespace agendad::drafts {

// "Councillors Pitchley (Chair), Knight (Vice-Chair), Baggaley, ... Ryalls and Sutton."
std::string membership_line(const std::vector<planner::Member>& members);

// One sentence per member whose joining or leaving by `day` is known only from a later paper:
// "Councillor Garnett: a member by 4 March 2025 (...); the day they joined is to be confirmed."
std::vector<std::string> membership_notes(const planner::Committee& committee, planner::Date day);

// The attendance as the renderers print it: a heading naming the paper, then {label, line} for
// present, apologies and substitutes, in that order.
struct AttendanceLine {
  std::string label;  // Present:-
  std::string text;
};
std::string attendance_heading(const planner::Attendance& attendance);  // Attendance (Minutes of 4 March 2025):-
std::vector<AttendanceLine> attendance_lines(const planner::Attendance& attendance);

// "Councillor Pitchley (in the Chair); Councillors Baggaley, ... and Sutton."
std::string present_line(const planner::Attendance& attendance);
// "Councillors Blackham, Elliott, Fisher, Hughes and Knight.", or "None recorded."
std::string apologies_line(const planner::Attendance& attendance);
// "Councillor Allen for Councillor Knight.", or "None recorded."
std::string substitutes_line(const planner::Attendance& attendance);

}  // namespace agendad::drafts
