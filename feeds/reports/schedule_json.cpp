// `agendad schedule` as JSON, for tools: every meeting proposed, kept and unplaced with its
// reasons and costs, the inferred patterns, the extraordinary meetings; dates ISO 8601.
#include <nlohmann/json.hpp>

#include "feeds/reports/schedule_report.hpp"

namespace agendad::reports {

using planner::CalendarProposal, planner::Date, planner::GivenUp, planner::Meeting, planner::MeetingPattern,
    planner::Programme, planner::UnconfiguredPattern, planner::Violation, planner::WallTime, planner::iso,
    planner::month_name, planner::weekday_name;

namespace {

using nlohmann::json;

json meeting_json(const Programme& programme, const Meeting& m) {
  return {{"id", m.id},
          {"committee", m.committee},
          {"body", programme.body_name(m.committee)},
          {"date", iso(m.date)},
          {"start", hh_mm(*m.start)},
          {"end", hh_mm(*m.end)},
          {"venue", m.venue},
          {"kind", to_string(m.kind)},
          {"proposed", m.proposed},
          {"confirmed", m.confirmed}};
}

json unconfigured_json(const UnconfiguredPattern& u) {
  json entry = {{"committee", u.committee}, {"inferred", u.inferred.has_value()}, {"explanation", u.explanation}};
  if (!u.inferred) return entry;
  const MeetingPattern& p = u.inferred->pattern;
  json from = json::array();
  for (Date d : u.inferred->from) from.push_back(iso(d));
  json weekdays = json::array(), off = json::array();
  for (auto day : p.weekdays) weekdays.push_back(weekday_name(day));
  for (auto month : p.months_without_meetings) off.push_back(month_name(month));
  entry.update({{"from_year", u.inferred->year},
                {"from", from},
                {"pattern",
                 {{"weekdays", weekdays},
                  {"start", hh_mm(p.start.value_or(WallTime{}))},
                  {"venue", p.venue},
                  {"meetings_per_year", p.meetings_per_year.value_or(0)},
                  {"months_without_meetings", off}}}});
  return entry;
}

json proposed_json(const CalendarReport& report) {
  json proposed = json::array();
  for (const auto& p : report.calendar.proposed) {
    json given = json::array();
    for (const GivenUp& g : p.given_up) given.push_back({{"goal", to_string(g.goal)}, {"cost", g.cost}, {"reason", g.reason}});
    json entry = meeting_json(report.programme, p.meeting);
    entry.update({{"number", p.number}, {"of", p.of}, {"ideal", iso(p.ideal)}, {"cost", p.cost}, {"reason", p.reason},
                  {"given_up", given}});
    proposed.push_back(entry);
  }
  return proposed;
}

json unplaced_json(const CalendarReport& report) {
  json unplaced = json::array();
  for (const auto& u : report.calendar.unplaced)
    unplaced.push_back({{"committee", u.committee}, {"number", u.number}, {"of", u.of}, {"ideal", iso(u.ideal)},
                        {"rules", u.rules}, {"reason", u.reason}});
  return unplaced;
}

json extraordinary_json(const CalendarReport& report) {
  json extraordinary = json::array();
  for (const auto& e : report.extraordinary.meetings) {
    json entry = meeting_json(report.programme, e.meeting);
    entry.update({{"items", e.items}, {"reason", e.reason}});
    extraordinary.push_back(entry);
  }
  return extraordinary;
}

}  // namespace

std::string schedule_json(const CalendarReport& report) {
  const CalendarProposal& calendar = report.calendar;
  json unconfigured = json::array();
  for (const auto& u : calendar.unconfigured) unconfigured.push_back(unconfigured_json(u));
  json clashes = json::array();
  for (const Violation& v : report.fixed_clashes)
    clashes.push_back({{"rule", v.rule}, {"meetings", v.meetings}, {"message", v.message}});
  json result = {{"year", calendar.year.label},
                 {"first", iso(calendar.year.first)},
                 {"last", iso(calendar.year.last)},
                 {"clash_free", calendar.clash_free()},
                 {"proved_infeasible", calendar.proved_infeasible},
                 {"cut_off", calendar.cut_off},
                 {"cost", calendar.cost},
                 {"checks", calendar.checks},
                 {"proposed", proposed_json(report)},
                 {"kept", calendar.kept},
                 {"unconfigured", unconfigured},
                 {"unplaced", unplaced_json(report)},
                 {"extraordinary", extraordinary_json(report)},
                 {"extraordinary_cannot", report.extraordinary.cannot},
                 {"configured_clashes", clashes},
                 {"notes", calendar.notes}};
  if (report.as_of) result["as_of"] = iso(*report.as_of);
  return result.dump(2) + "\n";
}

}  // namespace agendad::reports
