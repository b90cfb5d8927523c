#pragma once
// When the planner cannot place items with deadlines at any meeting left (as of a date), propose an
// extraordinary meeting of the committee on the best date that meets them: the committee's usual
// weekday, start and room, as late as the deadline allows (report authors get the most time), with
// every hard rule of the scheduler kept against the meetings already in the programme, and its
// agenda still publishable as of the date.
//
// Deadlines come from planner/rules (resolve_deadline): a date, or another body's meeting. When
// that body is one the committee feeds (pattern.feeds), the meeting falls at least its
// working_days_before_fed_body before; otherwise on or before the day that body's agenda must go
// out, so that the committee's views can go into its papers.
#include <string>
#include <vector>

#include "planner/rules/planning_calendar.hpp"
#include "planner/schedule/problem.hpp"

namespace agendad {

struct ExtraordinaryMeeting {
  Meeting meeting;                 // kind extraordinary; proposed, not confirmed
  std::vector<std::string> items;  // ids of the items it is for
  std::string reason;
};

struct ExtraordinaryProposals {
  std::vector<ExtraordinaryMeeting> meetings;  // by date
  std::vector<std::string> cannot;             // items no extraordinary meeting can take in time, and why
};

Result<ExtraordinaryProposals> propose_extraordinary(const Programme& programme, const PlanningCalendar& calendar,
                                                     Date as_of, const ScheduleOptions& options = {});

}  // namespace agendad
