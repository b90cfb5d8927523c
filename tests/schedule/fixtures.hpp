#pragma once
// Programmes built in code for the scheduler's tests, and the real bank holidays they need.
#include <set>
#include <string>
#include <vector>

#include "planner/model/programme.hpp"
#include "planner/rules/planning_calendar.hpp"

namespace agendad::testing {

using namespace std::chrono;

// England and Wales bank holidays, May 2024 to April 2026, as GOV.UK publishes them (the planner
// takes plain dates; planner/rules/bank_holidays.hpp computes them).
inline std::set<planner::Date> bank_holidays() {
  return {2024y / May / 6d,       2024y / May / 27d,     2024y / August / 26d, 2024y / December / 25d,
          2024y / December / 26d, 2025y / January / 1d,  2025y / April / 18d,  2025y / April / 21d,
          2025y / May / 5d,       2025y / May / 26d,     2025y / August / 25d, 2025y / December / 25d,
          2025y / December / 26d, 2026y / January / 1d,  2026y / April / 3d,   2026y / April / 6d};
}

inline planner::PlanningCalendar calendar() { return {bank_holidays(), {}}; }

// The real dates of the Improving Lives Select Commission's eight meetings of 2024/25 (config/ilsc.yaml).
inline std::vector<planner::Date> ilsc_2024_25() {
  return {2024y / June / 18d,    2024y / July / 30d,    2024y / September / 17d, 2024y / October / 29d,
          2024y / December / 3d, 2025y / January / 28d, 2025y / March / 4d,      2025y / April / 22d};
}

inline planner::Venue venue(std::string id, std::string name) {
  planner::Venue v;
  v.id = std::move(id);
  v.name = std::move(name);
  return v;
}

inline planner::MeetingPattern pattern(std::vector<weekday> days, planner::WallTime start, std::optional<int> per_year,
                                       std::optional<int> gap_weeks, std::vector<month> off = {}) {
  planner::MeetingPattern p;
  p.weekdays = std::move(days);
  p.start = start;
  p.meetings_per_year = per_year;
  p.gap_weeks = gap_weeks;
  p.months_without_meetings = std::move(off);
  return p;
}

inline planner::Committee committee(std::string id, std::string name, std::vector<std::string> members,
                                    std::string advisor, std::string venue, std::optional<planner::MeetingPattern> p) {
  planner::Committee c;
  c.id = std::move(id);
  c.name = std::move(name);
  for (auto& member : members) c.members.push_back({std::move(member), "", planner::MemberRole::member});
  c.governance_advisor = std::move(advisor);
  c.venue = std::move(venue);
  c.pattern = std::move(p);
  return c;
}

// The seeds' commission with the pattern the seeds show: Tuesdays at 10.00 a.m., about six weeks
// apart, none in August, in Rotherham Town Hall, clerked by Natasha Aucott.
inline planner::Committee ilsc() {
  return committee("ilsc", "Improving Lives Select Commission",
                   {"Pitchley", "Knight", "Baggaley", "Blackham", "Bower", "Brent", "T. Collingham", "Elliott",
                    "Fisher", "Foster", "N Harper", "Hughes", "Monk", "Reynolds", "Ryalls", "Sutton"},
                   "Natasha Aucott", "town-hall",
                   pattern({Tuesday}, {10, 0}, std::nullopt, 6, {August}));
}

inline planner::Programme programme_with(std::vector<planner::Committee> committees) {
  planner::Programme p;
  p.venues = {venue("town-hall", "Rotherham Town Hall"), venue("riverside", "Riverside House")};
  p.committees = std::move(committees);
  return p;
}

inline planner::Meeting fixed_meeting(std::string committee, planner::Date date, planner::WallTime start,
                                      std::string venue) {
  planner::Meeting m;
  m.committee = committee;
  m.id = committee + "-" + planner::iso(date);
  m.date = date;
  m.start = start;
  m.venue = std::move(venue);
  return m;
}

}  // namespace agendad::testing
