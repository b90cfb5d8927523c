// `agendad plan`: the planner's proposals and flags for every committee, most urgent first.
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "daemon/cli/common.hpp"

namespace agendad::cli {
namespace {

constexpr const char* usage =
    "Usage: agendad plan [--config DIR] [--as-of YYYY-MM-DD] [--format text|json]\n\n"
    "Prints, for each committee, the planner's flags (most urgent first) and the meetings it\n"
    "proposes for the items awaiting a date, each with its reason.\n\n"
    "  --config DIR   the configuration directory (default: config)\n"
    "  --as-of DATE   plan as the programme stood on DATE (default: today in Europe/London)\n"
    "  --format F     text or json (default: text)\n\n"
    "Exit status: 0 printed; 1 the configuration or a calendar it names has errors;\n"
    "2 the command line is wrong.\n";

int usage_error(const std::string& message) { return cli::usage_error("plan", usage, message); }

std::string title_of(const Programme& programme, std::size_t item) { return public_title(programme.items[item]); }

// Why the planner proposes each of the committee's extraordinary meetings, under its proposals.
void print_extraordinary(const Plan& plan, const std::string& committee) {
  for (const ExtraordinaryMeeting& extra : plan.extraordinary.meetings)
    if (extra.meeting.committee == committee) std::cout << "  " << extra.reason << "\n";
}

void print_text(const Programme& programme, const Plan& plan) {
  for (const CommitteePlan& part : plan.committees) {
    std::cout << programme.body_name(part.committee) << ": the plan as of " << long_date(plan.as_of) << "\n\n";
    std::cout << "Flags, most urgent first:\n";
    if (part.flags.empty()) std::cout << "  none\n";
    for (const Flag& flag : part.flags)
      std::cout << "  [" << to_string(flag.severity) << "] " << flag.message << " (" << to_string(flag.link_kind) << " "
                << flag.link << ")\n";
    std::cout << "\nProposed meetings:\n";
    if (part.proposals.proposals.empty()) std::cout << "  none\n";
    for (const Proposal& proposal : part.proposals.proposals)
      std::cout << "  " << title_of(programme, proposal.item) << ": " << explain(programme, part.proposals, proposal) << "\n";
    print_extraordinary(plan, part.committee);
    std::cout << "\nMeetings:\n";
    for (const MeetingPlan& meeting : part.proposals.meetings) {
      if (meeting.meeting->date < plan.as_of) continue;
      std::cout << "  " << long_date(meeting.meeting->date) << " (" << to_string(meeting.meeting->kind) << ", "
                << (meeting.meeting->proposed ? "proposed" : to_string(meeting.meeting->status)) << "): agenda out by " << day_month_year(meeting.dates.publication);
      if (meeting.dates.report_deadline) std::cout << ", reports by " << day_month_year(*meeting.dates.report_deadline);
      std::cout << "; " << meeting.booked << " booked";
      if (meeting.capacity) std::cout << " of " << *meeting.capacity << (meeting.capacity_assumed ? " (assumed)" : "");
      if (meeting.booked_taking_no_place)
        std::cout << " and " << meeting.booked_taking_no_place
                  << (is_formal(*meeting.meeting) ? " taking no place" : " workshop sessions");
      if (meeting.proposed) std::cout << ", " << meeting.proposed << " proposed";
      std::cout << "\n";
    }
    std::cout << "\n";
  }
}

nlohmann::json extraordinary_json(const Plan& plan) {
  nlohmann::json meetings = nlohmann::json::array();
  for (const ExtraordinaryMeeting& extra : plan.extraordinary.meetings)
    meetings.push_back({{"meeting", extra.meeting.id},
                        {"committee", extra.meeting.committee},
                        {"date", iso(extra.meeting.date)},
                        {"items", extra.items},
                        {"reason", extra.reason}});
  return {{"meetings", meetings}, {"cannot", plan.extraordinary.cannot}};
}

nlohmann::json to_json(const Programme& programme, const Plan& plan) {
  using nlohmann::json;
  json committees = json::array();
  for (const CommitteePlan& part : plan.committees) {
    json flags = json::array(), proposals = json::array(), unplaced = json::array(), shortlist = json::array(),
         meetings = json::array();
    for (const Flag& flag : part.flags)
      flags.push_back({{"severity", to_string(flag.severity)},
                       {"kind", to_string(flag.kind)},
                       {"message", flag.message},
                       {"link", {{"kind", to_string(flag.link_kind)}, {"id", flag.link}}},
                       {"date", flag.when ? json(iso(*flag.when)) : json(nullptr)}});
    for (const Proposal& proposal : part.proposals.proposals)
      proposals.push_back({{"item", programme.items[proposal.item].id},
                           {"title", title_of(programme, proposal.item)},
                           {"meeting", proposal.meeting},
                           {"reason", explain(programme, part.proposals, proposal)}});
    for (const Unplaced& left : part.proposals.unplaced)
      unplaced.push_back({{"item", programme.items[left.item].id},
                          {"title", title_of(programme, left.item)},
                          {"deadline", left.deadline ? json(iso(left.deadline->before)) : json(nullptr)},
                          {"reason", explain(programme, part.proposals, left)}});
    for (const Outcome& outcome : part.shortlist)
      shortlist.push_back({{"item", programme.items[outcome.item].id},
                           {"title", title_of(programme, outcome.item)},
                           {"selection", to_string(outcome.selection)},
                           {"score", outcome.score ? json(*outcome.score) : json(nullptr)},
                           {"rank", outcome.rank ? json(outcome.rank) : json(nullptr)},
                           {"reason", outcome.reason}});
    for (const MeetingPlan& meeting : part.proposals.meetings)
      meetings.push_back({{"id", meeting.meeting->id},
                          {"date", iso(meeting.meeting->date)},
                          {"kind", to_string(meeting.meeting->kind)},
                          {"status", to_string(meeting.meeting->status)},
                          {"publication", iso(meeting.dates.publication)},
                          {"report_deadline", meeting.dates.report_deadline ? json(iso(*meeting.dates.report_deadline)) : json(nullptr)},
                          {"booked", meeting.booked},
                          {"booked_taking_no_place", meeting.booked_taking_no_place},
                          {"capacity", meeting.capacity ? json(*meeting.capacity) : json(nullptr)},
                          {"capacity_assumed", meeting.capacity_assumed},
                          {"proposed", meeting.proposed},
                          {"meeting_proposed", meeting.meeting->proposed}});
    committees.push_back({{"id", part.committee},
                          {"name", programme.body_name(part.committee)},
                          {"flags", flags},
                          {"proposals", proposals},
                          {"unplaced", unplaced},
                          {"shortlist", shortlist},
                          {"meetings", meetings}});
  }
  return {{"as_of", iso(plan.as_of)}, {"committees", committees}, {"extraordinary", extraordinary_json(plan)}};
}

int run(Arguments arguments) {
  PlanningOptions options;
  for (std::size_t i = 0; i < arguments.size(); ++i) {
    std::string_view argument = arguments[i];
    if (!is_planning_option(argument)) return usage_error(unexpected_argument(argument));
    auto value = option_value(arguments, i);
    if (!value) return usage_error(needs_a_value(argument));
    if (auto wrong = set_planning_option(options, argument, *value)) return usage_error(*wrong);
  }
  const Date as_of = options.as_of ? *options.as_of : today_in_london();
  auto loaded = load_config_or_report(options.config, as_of);
  if (!loaded) return 1;
  print_diagnostics(loaded->warnings);  // to stderr: the plan still stands
  const PlannedProgramme planned = plan_and_report(*loaded, as_of);
  if (options.json)
    std::cout << to_json(planned.programme, planned.plan).dump(2) << "\n";
  else
    print_text(planned.programme, planned.plan);
  return std::cout.good() ? 0 : 1;
}

const bool registered = register_command({"plan", "the planner's proposals and flags, most urgent first", usage, run});

}  // namespace
}  // namespace agendad::cli
