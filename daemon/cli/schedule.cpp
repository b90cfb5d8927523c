// `agendad schedule --year 2025/26`: proposes the calendar of meetings for a municipal year for
// every body with a meeting pattern (a committee with none, from the pattern of its last municipal
// year, said and shown), with a reason for each date and each soft goal given up, and
// (as of a date) extraordinary meetings for items that cannot otherwise meet their deadlines.
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "daemon/cli/common.hpp"
#include "planner/schedule/extraordinary.hpp"
#include "planner/schedule/schedule.hpp"
#include "planner/schedule/validate.hpp"

namespace agendad::cli {
namespace {

constexpr const char* usage =
    "Usage: agendad schedule --year YYYY/YY [--config DIR] [--as-of YYYY-MM-DD] [--format text|json]\n\n"
    "Proposes dates, starts and rooms for the meetings of the municipal year (1 May to 30 April) of\n"
    "every body whose configuration has a pattern:, keeping the meetings already configured and\n"
    "every hard rule (no weekend, bank holiday, closure or blackout; no room, member or governance\n"
    "advisor at two meetings at once; a body that feeds another far enough ahead of it). Each date\n"
    "comes with its reason and the soft goals it gave up. Proposed meetings are tentative.\n"
    "A committee without a pattern: gets one inferred from its formal meetings of the year before\n"
    "(the weekday most fell on, the usual start and venue, as many meetings, the months a longer\n"
    "gap than usual passed over), printed with the meetings it came from; a committee none can be\n"
    "inferred for (fewer than 3 meetings, no weekday most fell on) is named with the reason.\n\n"
    "  --year Y       the municipal year, as 2025/26 (required)\n"
    "  --config DIR   the configuration directory (default: config)\n"
    "  --as-of DATE   propose only meetings whose agenda can still be published after DATE, and\n"
    "                 extraordinary meetings for items the planner cannot place by their deadlines\n"
    "                 as of DATE (without it the whole year is proposed and no extraordinary meeting)\n"
    "  --format F     text (default) or json, printed to stdout\n\n"
    "Exit status: 0 every meeting placed; 1 the configuration or a calendar it names has errors;\n"
    "2 the command line is wrong; 3 some meetings cannot be placed without breaking a hard rule.\n";

int usage_error(const std::string& message) { return cli::usage_error("schedule", usage, message); }

std::string venue_name(const Programme& programme, const std::string& id) {
  const Venue* venue = programme.venue(id);
  return venue ? venue->name : id;
}

struct Output {
  const Programme& programme;
  const CalendarProposal& calendar;
  const ExtraordinaryProposals& extraordinary;
  const std::vector<Violation>& fixed_clashes;
  std::optional<Date> as_of;
};

// One committee's block: how its pattern was come by when none is configured, its meetings kept,
// proposed and unplaced.
void print_committee(const Output& out, const Committee& committee,
                     const std::vector<const ProposedMeeting*>& proposed) {
  const Programme& programme = out.programme;
  std::cout << "\n" << committee.name << ": " << proposed.size() << " proposed\n";
  for (const UnconfiguredPattern& u : out.calendar.unconfigured)
    if (u.committee == committee.id) std::cout << "  " << u.committee << ": " << u.explanation << ".\n";
  for (const std::string& id : out.calendar.kept)
    if (const Meeting* m = programme.meeting(id); m && m->committee == committee.id)
      std::cout << "  KEPT     " << long_date(m->date) << (m->start ? ", " + agenda_time(*m->start) : "") << ", "
                << venue_name(programme, m->venue.empty() ? committee.venue : m->venue) << " (" << to_string(m->kind)
                << (m->proposed ? ", proposed" : "") << ")\n";
  for (const ProposedMeeting* p : proposed) {
    const Meeting& m = p->meeting;
    std::cout << "  PROPOSED " << long_date(m.date) << ", " << agenda_time(*m.start) << ", "
              << venue_name(programme, m.venue) << " (meeting " << p->number << " of " << p->of << ")\n"
              << "    " << p->reason << "\n";
    for (const GivenUp& g : p->given_up) std::cout << "    gave up " << to_string(g.goal) << ": " << g.reason << "\n";
  }
  for (const UnplacedMeeting& u : out.calendar.unplaced)
    if (u.committee == committee.id) std::cout << "  CANNOT PLACE " << u.reason << "\n";
}

void print_text(const Output& out) {
  const Programme& programme = out.programme;
  std::cout << "Proposed calendar of meetings, municipal year " << out.calendar.year.label << " ("
            << day_month_year(out.calendar.year.first) << " to " << day_month_year(out.calendar.year.last) << ")";
  if (out.as_of) std::cout << ", as of " << long_date(*out.as_of);
  std::cout << "\nEvery proposed meeting is tentative until the council confirms it.\n";
  std::map<std::string, std::vector<const ProposedMeeting*>> by_body;
  for (const auto& p : out.calendar.proposed) by_body[p.meeting.committee].push_back(&p);
  // Every committee: one without a pattern is scheduled from the pattern inferred for it, or told why not.
  for (const Committee& committee : programme.committees) print_committee(out, committee, by_body[committee.id]);
  if (!out.extraordinary.meetings.empty() || !out.extraordinary.cannot.empty()) {
    std::cout << "\nExtraordinary meetings\n";
    for (const auto& e : out.extraordinary.meetings)
      std::cout << "  PROPOSED " << programme.body_name(e.meeting.committee) << ", " << long_date(e.meeting.date) << ", "
                << agenda_time(*e.meeting.start) << ", " << venue_name(programme, e.meeting.venue) << "\n    "
                << e.reason << "\n";
    for (const auto& c : out.extraordinary.cannot) std::cout << "  CANNOT " << c << "\n";
  }
  if (!out.fixed_clashes.empty()) {
    std::cout << "\nMeetings already configured that break a hard rule (kept as they are)\n";
    for (const Violation& v : out.fixed_clashes) std::cout << "  " << v.message << "\n";
  }
  for (const std::string& note : out.calendar.notes) std::cout << "\nNote: " << note << "\n";
  std::cout << "\n" << out.calendar.proposed.size() << " meetings proposed, " << out.calendar.kept.size()
            << " kept, " << out.calendar.unplaced.size() << " cannot be placed; soft cost " << out.calendar.cost
            << "\n";
}

nlohmann::json meeting_json(const Programme& programme, const Meeting& m) {
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

nlohmann::json unconfigured_json(const UnconfiguredPattern& u) {
  nlohmann::json entry = {{"committee", u.committee}, {"inferred", u.inferred.has_value()}, {"explanation", u.explanation}};
  if (!u.inferred) return entry;
  const MeetingPattern& p = u.inferred->pattern;
  nlohmann::json from = nlohmann::json::array();
  for (Date d : u.inferred->from) from.push_back(iso(d));
  nlohmann::json weekdays = nlohmann::json::array(), off = nlohmann::json::array();
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

nlohmann::json to_json(const Output& out) {
  const Programme& programme = out.programme;
  nlohmann::json proposed = nlohmann::json::array();
  for (const auto& p : out.calendar.proposed) {
    nlohmann::json given = nlohmann::json::array();
    for (const GivenUp& g : p.given_up) given.push_back({{"goal", to_string(g.goal)}, {"cost", g.cost}, {"reason", g.reason}});
    nlohmann::json entry = meeting_json(programme, p.meeting);
    entry.update({{"number", p.number}, {"of", p.of}, {"ideal", iso(p.ideal)}, {"cost", p.cost}, {"reason", p.reason},
                  {"given_up", given}});
    proposed.push_back(entry);
  }
  nlohmann::json unplaced = nlohmann::json::array();
  for (const auto& u : out.calendar.unplaced)
    unplaced.push_back({{"committee", u.committee}, {"number", u.number}, {"of", u.of}, {"ideal", iso(u.ideal)},
                        {"rules", u.rules}, {"reason", u.reason}});
  nlohmann::json extraordinary = nlohmann::json::array();
  for (const auto& e : out.extraordinary.meetings) {
    nlohmann::json entry = meeting_json(programme, e.meeting);
    entry.update({{"items", e.items}, {"reason", e.reason}});
    extraordinary.push_back(entry);
  }
  nlohmann::json unconfigured = nlohmann::json::array();
  for (const auto& u : out.calendar.unconfigured) unconfigured.push_back(unconfigured_json(u));
  nlohmann::json clashes = nlohmann::json::array();
  for (const Violation& v : out.fixed_clashes)
    clashes.push_back({{"rule", v.rule}, {"meetings", v.meetings}, {"message", v.message}});
  nlohmann::json result = {{"year", out.calendar.year.label},
                           {"first", iso(out.calendar.year.first)},
                           {"last", iso(out.calendar.year.last)},
                           {"clash_free", out.calendar.clash_free()},
                           {"proved_infeasible", out.calendar.proved_infeasible},
                           {"cut_off", out.calendar.cut_off},
                           {"cost", out.calendar.cost},
                           {"checks", out.calendar.checks},
                           {"proposed", proposed},
                           {"kept", out.calendar.kept},
                           {"unconfigured", unconfigured},
                           {"unplaced", unplaced},
                           {"extraordinary", extraordinary},
                           {"extraordinary_cannot", out.extraordinary.cannot},
                           {"configured_clashes", clashes},
                           {"notes", out.calendar.notes}};
  if (out.as_of) result["as_of"] = iso(*out.as_of);
  return result;
}

int run(Arguments arguments) {
  PlanningOptions options;
  std::optional<MunicipalYear> year;
  for (std::size_t i = 0; i < arguments.size(); ++i) {
    std::string_view argument = arguments[i];
    if (argument != "--year" && !is_planning_option(argument)) return usage_error(unexpected_argument(argument));
    auto value = option_value(arguments, i);
    if (!value) return usage_error(needs_a_value(argument));
    if (argument == "--year") {
      auto parsed = parse_municipal_year(*value);
      if (!parsed) return usage_error("\"" + std::string(*value) + "\" is not a municipal year; expected 2025/26");
      year = *parsed;
    } else if (auto wrong = set_planning_option(options, argument, *value)) {
      return usage_error(*wrong);
    }
  }
  if (!year) return usage_error("--year is required");
  const sources::YearSpan planned{static_cast<int>(year->first.year()), static_cast<int>(year->last.year()) + 1};
  auto loaded = load_config_or_report(options.config, options.as_of.value_or(year->first), planned);
  if (!loaded) return 1;
  print_diagnostics(loaded->warnings);
  Programme programme = loaded->programme;
  const PlanningCalendar* calendar = &loaded->calendar;
  ExtraordinaryProposals extraordinary;
  if (options.as_of) {
    // The extraordinary meetings of the plan every view renders (planner/schedule/planned.hpp).
    PlannedProgramme planned = plan_programme(programme, *calendar, *options.as_of);
    if (!planned.plan.problems.empty()) {
      print_diagnostics(planned.plan.problems);
      return 1;
    }
    extraordinary = std::move(planned.plan.extraordinary);
  }
  std::vector<Meeting> in_year;
  for (const Meeting& m : programme.meetings)
    if (year->contains(m.date)) in_year.push_back(m);
  std::vector<Violation> fixed_clashes = hard_violations(programme, *calendar, in_year);
  // The ordinary calendar keeps clear of the extraordinary meetings proposed above.
  for (const auto& e : extraordinary.meetings) programme.meetings.push_back(e.meeting);
  auto proposal = propose_calendar(programme, *calendar, *year, options.as_of);
  if (!proposal) {
    print_diagnostics(proposal.error());
    return 1;
  }
  Output out{programme, *proposal, extraordinary, fixed_clashes, options.as_of};
  if (options.json)
    std::cout << to_json(out).dump(2) << "\n";
  else
    print_text(out);
  if (!std::cout.good()) return 1;
  return proposal->clash_free() ? 0 : 3;
}

const bool registered = register_command(
    {"schedule", "propose the calendar of meetings for a municipal year, with reasons", usage, run});

}  // namespace
}  // namespace agendad::cli
