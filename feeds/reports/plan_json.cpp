// `agendad plan` as JSON, for tools: every committee's flags, proposals, items left unplaced,
// shortlist and meetings, and the extraordinary meetings proposed; dates ISO 8601.
#include <nlohmann/json.hpp>

#include "feeds/reports/plan_report.hpp"

namespace agendad::reports {

using planner::CommitteePlan, planner::ExtraordinaryMeeting, planner::Flag, planner::MeetingPlan, planner::Outcome,
    planner::Plan, planner::Programme, planner::Proposal, planner::Unplaced, planner::UnplacedReasons, planner::iso;

namespace {

using nlohmann::json;

std::string title_of(const Programme& programme, std::size_t item) { return public_title(programme.items[item]); }

json flag_json(const Flag& flag) {
  return {{"severity", to_string(flag.severity)},
          {"kind", to_string(flag.kind)},
          {"message", flag.message},
          {"link", {{"kind", to_string(flag.link_kind)}, {"id", flag.link}}},
          {"date", flag.when ? json(iso(*flag.when)) : json(nullptr)}};
}

json meeting_json(const MeetingPlan& meeting) {
  const auto& deadline = meeting.dates.report_deadline;
  return {{"id", meeting.meeting->id},
          {"date", iso(meeting.meeting->date)},
          {"kind", to_string(meeting.meeting->kind)},
          {"status", to_string(meeting.meeting->status)},
          {"publication", iso(meeting.dates.publication)},
          {"report_deadline", deadline ? json(iso(*deadline)) : json(nullptr)},
          {"booked", meeting.booked},
          {"booked_taking_no_place", meeting.booked_taking_no_place},
          {"capacity", meeting.capacity ? json(*meeting.capacity) : json(nullptr)},
          {"capacity_assumed", meeting.capacity_assumed},
          {"proposed", meeting.proposed},
          {"meeting_proposed", meeting.meeting->proposed}};
}

// The items the planner placed, could not place, and shortlisted, each with its reason.
void items_json(json& committee, const Programme& programme, const CommitteePlan& part) {
  json proposals = json::array(), unplaced = json::array(), shortlist = json::array();
  for (const Proposal& proposal : part.proposals.proposals)
    proposals.push_back({{"item", programme.items[proposal.item].id},
                         {"title", title_of(programme, proposal.item)},
                         {"meeting", proposal.meeting},
                         {"reason", explain(programme, part.proposals, proposal)}});
  UnplacedReasons why(programme, part.proposals);
  for (const Unplaced& left : part.proposals.unplaced)
    unplaced.push_back({{"item", programme.items[left.item].id},
                        {"title", title_of(programme, left.item)},
                        {"deadline", left.deadline ? json(iso(left.deadline->before)) : json(nullptr)},
                        {"reason", why(left)}});
  for (const Outcome& outcome : part.shortlist)
    shortlist.push_back({{"item", programme.items[outcome.item].id},
                         {"title", title_of(programme, outcome.item)},
                         {"selection", to_string(outcome.selection)},
                         {"score", outcome.score ? json(*outcome.score) : json(nullptr)},
                         {"rank", outcome.rank ? json(outcome.rank) : json(nullptr)},
                         {"reason", outcome.reason}});
  committee["proposals"] = proposals;
  committee["unplaced"] = unplaced;
  committee["shortlist"] = shortlist;
}

json committee_json(const Programme& programme, const CommitteePlan& part) {
  json flags = json::array(), meetings = json::array();
  for (const Flag& flag : part.flags) flags.push_back(flag_json(flag));
  for (const MeetingPlan& meeting : part.proposals.meetings) meetings.push_back(meeting_json(meeting));
  json committee = {{"id", part.committee}, {"name", programme.body_name(part.committee)}, {"flags", flags}};
  items_json(committee, programme, part);
  committee["meetings"] = meetings;
  return committee;
}

json extraordinary_json(const Plan& plan) {
  json meetings = json::array();
  for (const ExtraordinaryMeeting& extra : plan.extraordinary.meetings)
    meetings.push_back({{"meeting", extra.meeting.id},
                        {"committee", extra.meeting.committee},
                        {"date", iso(extra.meeting.date)},
                        {"items", extra.items},
                        {"reason", extra.reason}});
  return {{"meetings", meetings}, {"cannot", plan.extraordinary.cannot}};
}

}  // namespace

std::string plan_json(const Programme& programme, const Plan& plan) {
  json committees = json::array();
  for (const CommitteePlan& part : plan.committees) committees.push_back(committee_json(programme, part));
  const json report = {{"as_of", iso(plan.as_of)}, {"committees", committees}, {"extraordinary", extraordinary_json(plan)}};
  return report.dump(2) + "\n";
}

}  // namespace agendad::reports
