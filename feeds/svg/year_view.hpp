#pragma once
// The year at a glance, as values: what the picture of a municipal year shows for one committee
// or for every committee (one lane each). Built from the programme, its planning calendar and the
// planner's answer; drawn by year_svg.hpp. Every text here is final (public titles in public).
#include <optional>
#include <string>
#include <vector>

#include "planner/model/date.hpp"
#include "planner/model/programme.hpp"
#include "planner/rules/plan.hpp"
#include "planner/rules/planning_calendar.hpp"
#include "planner/schedule/municipal_year.hpp"

namespace agendad::svg {

// How a meeting's mark is drawn: its kind, or what overrides the kind.
enum class MarkKind { ordinary, workshop, extraordinary, joint, proposed, cancelled };

struct YearMeeting {
  planner::Date date;
  MarkKind mark = MarkKind::ordinary;
  int booked = 0;      // substantive items booked or taken there
  int proposed = 0;    // the planner's proposals for it
  int capacity = 0;    // what the bar's outline shows
  bool capacity_assumed = false;  // no capacity configured: the most any meeting of the lane takes
  bool formal = true;  // workshops and cancelled meetings have no papers and no bar
  std::optional<planner::Date> publication;
  std::optional<planner::Date> report_deadline;
  std::string title;   // "Tuesday 17 September 2024, 10.00 a.m.: 3 items of 3"
  std::string href;    // to its agenda page, relative to the picture
};

// A day an item is bound to: "must come before Cabinet in July 2025".
struct YearDeadline {
  planner::Date date;
  bool assumed = false;  // the body's meeting date is assumed (the first of the month)
  std::string title;
  std::string href;
};

struct YearFlag {
  planner::Date date;
  planner::FlagSeverity severity = planner::FlagSeverity::info;
  std::string title;  // "critical: ..."
  std::string href;
};

struct Lane {
  std::string committee;
  std::string label;  // ILSC
  std::string name;   // Improving Lives Select Commission
  std::string href;   // its work-programme page
  std::vector<YearMeeting> meetings;  // in date order
  std::vector<YearDeadline> deadlines;
  std::vector<YearFlag> flags;
  std::vector<YearFlag> other_flags;  // dated outside the year, or not dated: shown in the margin
  int awaiting = 0;   // items awaiting a date (or deferred and not yet re-booked)
  std::vector<std::string> beyond;  // deadlines after the year: "Kinship Local Offer: Cabinet in July 2025"
};

struct DatedMark {
  planner::Date date;
  std::string title;  // "Bank holiday: Easter Monday", "Cabinet"
};

struct Window {
  planner::Date from;
  planner::Date to;  // inclusive
  std::string title;
};

struct YearView {
  planner::MunicipalYear year;
  planner::Date as_of;
  std::string heading;  // "Improving Lives Select Commission: the year 2024/25"
  std::vector<Lane> lanes;
  std::vector<DatedMark> bank_holidays;
  std::vector<DatedMark> body_meetings;  // other bodies the lanes' items depend on
  std::vector<Window> blackouts;
  std::vector<Window> closures;
};

struct YearRequest {
  std::string committee;  // an id, or "all"
  std::optional<planner::MunicipalYear> year;  // absent: the committee's own, else the as-of date's
  planner::Date as_of;
  bool members = false;   // exempt items under their full titles
  std::string from_path;  // the picture's own site path, for relative links: /year/ilsc.svg
};

// nullopt when there is no such committee. `plan` is the planner's answer on request.as_of.
std::optional<YearView> year_view(const planner::Programme& programme, const planner::PlanningCalendar& calendar,
                                  const planner::Plan& plan, const YearRequest& request);
// The same, given `papers`: programme_as_of(programme, request.as_of), which a caller drawing many
// pictures makes once (it is of the whole programme: once a picture grew as the square of the
// committees).
std::optional<YearView> year_view(const planner::Programme& programme, const planner::PlanningCalendar& calendar,
                                  const planner::Plan& plan, const planner::ProgrammeAsOf& papers,
                                  const YearRequest& request);

// The year a picture shows when none is asked for: the committee's configured municipal_year
// (for "all", the first committee that has one), else the one the as-of date falls in.
planner::MunicipalYear default_year(const planner::Programme& programme, std::string_view committee,
                                    planner::Date as_of);

}  // namespace agendad::svg
