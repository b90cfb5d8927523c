// `agendad check` as JSON, for tools: the summary's counts, or every located problem.
#include <algorithm>

#include <nlohmann/json.hpp>

#include "feeds/reports/check_report.hpp"
#include "feeds/reports/check_summary.hpp"

namespace agendad::reports {

using planner::Committee, planner::Diagnostic, planner::Diagnostics, planner::Programme, planner::Severity;

namespace {

using nlohmann::json;

std::string json_key(std::string words) {  // "awaiting date" -> "awaiting_date"
  std::replace(words.begin(), words.end(), ' ', '_');
  return words;
}

template <typename E>
json json_counts(const std::vector<std::pair<E, std::size_t>>& counted) {
  json object = json::object();
  for (const auto& [value, n] : counted) object[json_key(to_string(value))] = n;
  return object;
}

json diagnostics_json(const Diagnostics& diagnostics) {
  json list = json::array();
  for (const Diagnostic& d : diagnostics)
    list.push_back({{"severity", d.severity == Severity::error ? "error" : "warning"},
                    {"file", d.where.file},
                    {"line", d.where.line},
                    {"column", d.where.column},
                    {"field", d.field},
                    {"message", d.message},
                    {"found", d.found},
                    {"expected", d.expected},
                    {"text", format_line(d)}});
  return list;
}

json committee_json(const Programme& programme, const Committee& committee) {
  const CommitteeSummary s = summarise(programme, committee);
  return {{"id", committee.id},
          {"name", committee.name},
          {"members", committee.members.size()},
          {"meetings",
           {{"total", s.meetings.size()},
            {"by_kind", json_counts(counts(s.meetings, kind_of_meeting, meeting_kinds))},
            {"by_status", json_counts(counts(s.meetings, status_of_meeting, meeting_statuses))}}},
          {"items",
           {{"total", s.items.size()}, {"by_status", json_counts(counts(s.items, status_of_item, item_statuses))}}},
          {"actions_owed", s.actions_owed}};
}

// File names need not be UTF-8; JSON must be, so any stray byte is written as U+FFFD.
std::string dumped(const json& report) { return report.dump(2, ' ', false, json::error_handler_t::replace) + "\n"; }

}  // namespace

std::string check_json(const Programme& programme, std::size_t files, const Diagnostics& warnings) {
  json committees = json::array();
  for (const Committee& committee : programme.committees) committees.push_back(committee_json(programme, committee));
  return dumped({{"ok", true},
                 {"council", programme.council.name},
                 {"files", files},
                 {"venues", programme.venues.size()},
                 {"bodies", programme.bodies.size()},
                 {"committees", committees},
                 {"warnings", diagnostics_json(warnings)}});
}

std::string check_failure_json(const Diagnostics& diagnostics) {
  return dumped({{"ok", false}, {"errors", diagnostics_json(diagnostics)}});
}

}  // namespace agendad::reports
