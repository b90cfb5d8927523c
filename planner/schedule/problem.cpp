#include "planner/schedule/problem.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "planner/schedule/ideal_dates.hpp"

namespace agendad::planner {
namespace {

Diagnostic error(const Committee& committee, std::string field, std::string message, std::string found,
                 std::string expected) {
  Diagnostic d;
  d.where = committee.where;
  d.field = "committees." + committee.id + "." + std::move(field);
  d.message = std::move(message);
  d.found = std::move(found);
  d.expected = std::move(expected);
  return d;
}

int intern(std::vector<std::string>& names, std::map<std::string, int>& index, const std::string& name) {
  auto [at, added] = index.try_emplace(name, static_cast<int>(names.size()));
  if (added) names.push_back(name);
  return at->second;
}

class Compiler {
 public:
  Compiler(const Programme& programme, Problem& problem) : programme_(programme), problem_(problem) {}

  Diagnostics compile(const PlanningCalendar& calendar, std::optional<Date> as_of) {
    for (const Venue& venue : programme_.venues) intern(problem_.rooms, room_index_, venue.id);
    for (const WallTime& start : problem_.options.alternative_starts)
      problem_.starts.push_back(start.minutes_since_midnight());
    for (const Committee& committee : programme_.committees) add_committee(committee);
    for (const Body& body : programme_.bodies) body_of(body.id);
    for (const Committee& committee : programme_.committees) link_feeds(committee);
    if (!diagnostics_.empty()) return diagnostics_;
    for (const Meeting& meeting : programme_.meetings) add_fixed(meeting);
    for (const auto& [body, dates] : calendar.body_meetings) add_imported(body, dates);
    problem_.earliest = earliest_proposal_day(problem_, as_of);
    mark_days();
    const auto kept = kept_days();
    for (std::size_t b = 0; b < problem_.bodies.size(); ++b) add_slots(static_cast<int>(b), kept[b]);
    mark_shares();
    return diagnostics_;
  }

 private:
  int body_of(const std::string& id) {
    auto [at, added] = body_index_.try_emplace(id, static_cast<int>(problem_.bodies.size()));
    if (added) {
      BodyInfo body;
      body.id = id;
      body.name = programme_.body_name(id);
      body.duration = programme_.council.calendar.default_duration_minutes;
      problem_.bodies.push_back(std::move(body));
    }
    return at->second;
  }

  int room_of(const std::string& venue) {
    auto found = room_index_.find(venue);
    return found == room_index_.end() ? -1 : found->second;
  }

  void add_committee(const Committee& committee) {
    int index = body_of(committee.id);
    BodyInfo& body = problem_.bodies[static_cast<std::size_t>(index)];
    for (const Member& member : committee.members)
      body.members.push_back(intern(problem_.people, person_index_, member.name));
    std::sort(body.members.begin(), body.members.end());
    body.members.erase(std::unique(body.members.begin(), body.members.end()), body.members.end());
    if (!committee.governance_advisor.empty())
      body.advisor = intern(problem_.people, person_index_, committee.governance_advisor);
    if (committee.duration_minutes) body.duration = *committee.duration_minutes;
    body.room = room_of(committee.venue);
    if (committee.start) body.start = committee.start->minutes_since_midnight();
    if (!committee.pattern) return;

    const MeetingPattern& pattern = *committee.pattern;
    body.scheduled = true;
    std::optional<WallTime> start = pattern.start ? pattern.start : committee.start;
    if (!start)
      diagnostics_.push_back(error(committee, "pattern.start", "a meeting pattern needs a start time", "",
                                   "pattern.start or the committee's start, as HH:MM"));
    else
      body.start = start->minutes_since_midnight();
    const std::string& venue = pattern.venue.empty() ? committee.venue : pattern.venue;
    body.room = room_of(venue);
    if (body.room < 0)
      diagnostics_.push_back(error(committee, "pattern.venue",
                                   venue.empty() ? "a meeting pattern needs a venue" : "no such venue", venue,
                                   "the id of a venue under venues:"));
    if (!pattern.meetings_per_year && !pattern.gap_weeks)
      diagnostics_.push_back(error(committee, "pattern", "a meeting pattern needs how often it meets", "",
                                   "meetings_per_year or gap_weeks"));
    if ((pattern.meetings_per_year && *pattern.meetings_per_year < 1) || (pattern.gap_weeks && *pattern.gap_weeks < 1))
      diagnostics_.push_back(error(committee, "pattern", "meetings a year and the gap in weeks must be positive",
                                   "", "a whole number from 1"));
    if (!pattern.weekdays.empty()) {
      body.weekday_preferred.assign(7, false);
      for (auto day : pattern.weekdays) body.weekday_preferred[day.c_encoding()] = true;
    } else {
      body.weekday_preferred = {false, true, true, true, true, true, false};
    }
    for (auto month : pattern.months_without_meetings) body.month_off[static_cast<unsigned>(month)] = true;
    if (!pattern.feeds.empty() && !pattern.working_days_before_fed_body)
      diagnostics_.push_back(error(committee, "pattern.working_days_before_fed_body",
                                   "a body that feeds another needs how many working days before it meets", "",
                                   "a whole number of working days"));
    body.feed_working_days = pattern.working_days_before_fed_body.value_or(0);
  }

  void link_feeds(const Committee& committee) {
    if (!committee.pattern) return;
    int feeder = body_index_.at(committee.id);
    for (const std::string& fed : committee.pattern->feeds) {
      auto found = body_index_.find(fed);
      if (found == body_index_.end() || found->second == feeder) {
        diagnostics_.push_back(error(committee, "pattern.feeds", "feeds no other configured body", fed,
                                     "the id of a committee or of a body under bodies:"));
        continue;
      }
      problem_.bodies[static_cast<std::size_t>(feeder)].feeds.push_back(found->second);
      problem_.bodies[static_cast<std::size_t>(found->second)].fed_by.push_back(feeder);
    }
  }

  void add_fixed(const Meeting& meeting) {
    int day = problem_.grid.index(meeting.date);
    if (day < 0 || meeting.status == MeetingStatus::cancelled) return;
    Placement placement;
    placement.body = body_of(meeting.committee);
    const BodyInfo& body = problem_.bodies[static_cast<std::size_t>(placement.body)];
    const Committee* committee = programme_.committee(meeting.committee);
    placement.day = day;
    std::optional<WallTime> start = meeting.start ? meeting.start : committee ? committee->start : std::nullopt;
    if (!start && body.scheduled) start = WallTime{body.start / 60, body.start % 60};
    if (start) {
      // A meeting whose start nobody knows holds its people and room for the whole day.
      placement.start = start->minutes_since_midnight();
      placement.end = meeting.end ? meeting.end->minutes_since_midnight()
                                  : placement.start + meeting.duration_minutes.value_or(body.duration);
    } else {
      placement.start = 0;
      placement.end = 24 * 60;
    }
    placement.room = room_of(meeting.venue.empty() && committee ? committee->venue : meeting.venue);
    placement.meeting_id = meeting.id;
    problem_.fixed.push_back(std::move(placement));
  }

  // Another body's meetings from its own calendar: known by date only, so they hold the whole day.
  // A day the body already meets on (in the programme, or earlier in its calendar) is not added.
  void add_imported(const std::string& id, const std::vector<Date>& dates) {
    auto found = body_index_.find(id);
    if (found == body_index_.end()) return;  // a calendar for a body the programme does not name
    const int body = found->second;
    std::set<int> known;
    for (const Placement& placement : problem_.fixed)
      if (placement.body == body) known.insert(placement.day);
    for (Date date : dates) {
      int day = problem_.grid.index(date);
      if (day < 0 || !known.insert(day).second) continue;
      problem_.fixed.push_back({body, day, 0, 24 * 60, -1, id + "-" + iso(date)});
    }
  }

  void mark_days() {
    const DayGrid& grid = problem_.grid;
    problem_.blackout.assign(static_cast<std::size_t>(grid.size()), false);
    problem_.blackout_reason.assign(static_cast<std::size_t>(grid.size()), "");
    for (const Blackout& window : programme_.council.rules.blackouts) {
      if (!window.kinds.empty()) continue;  // a window for some kinds of item only leaves meetings alone
      for (int day = 0; day < grid.size(); ++day)
        if (window.from <= grid.date(day) && grid.date(day) <= window.to) {
          problem_.blackout[static_cast<std::size_t>(day)] = true;
          problem_.blackout_reason[static_cast<std::size_t>(day)] = window.reason;
        }
    }
    problem_.clear_days_hit_holiday.assign(static_cast<std::size_t>(grid.size()), false);
    for (int day = 0; day < grid.size(); ++day) {
      int publication = std::max(0, grid.publication_day(day));
      for (int d = publication + 1; d < day; ++d)
        if (grid.bank_holiday(d)) problem_.clear_days_hit_holiday[static_cast<std::size_t>(day)] = true;
    }
    problem_.available.clear();
    problem_.available.reserve(problem_.bodies.size());
    for (std::size_t b = 0; b < problem_.bodies.size(); ++b) {
      std::vector<bool> open(static_cast<std::size_t>(grid.size()));
      for (int day = 0; day < grid.size(); ++day)
        open[static_cast<std::size_t>(day)] = problem_.may_meet(static_cast<int>(b), day);
      problem_.available.push_back(std::move(open));
    }
  }

  // By body: the days of its fixed meetings in the year that stand for meetings of its pattern. An
  // extraordinary meeting is called for particular business: the ordinary ones still fall due.
  std::vector<std::vector<int>> kept_days() const {
    std::vector<std::vector<int>> kept(problem_.bodies.size());
    for (const Placement& placement : problem_.fixed) {
      const bool in_year = problem_.first_day <= placement.day && placement.day <= problem_.last_day;
      if (!in_year || !problem_.bodies[static_cast<std::size_t>(placement.body)].scheduled) continue;
      const Meeting* meeting = programme_.meeting(placement.meeting_id);
      if (meeting && is_formal(*meeting) && meeting->kind != MeetingKind::extraordinary)
        kept[static_cast<std::size_t>(placement.body)].push_back(placement.day);
    }
    return kept;
  }

  void add_slots(int b, const std::vector<int>& kept) {
    const BodyInfo& body = problem_.bodies[static_cast<std::size_t>(b)];
    if (!body.scheduled) return;
    const MeetingPattern& pattern = *programme_.committee(body.id)->pattern;
    std::vector<int> ideal = ideal_days(problem_.grid, problem_.first_day, problem_.last_day, body.month_off,
                                        pattern.meetings_per_year, pattern.gap_weeks);
    std::vector<bool> taken = match_nearest(ideal, kept);
    int skipped = 0;
    for (std::size_t k = 0; k < ideal.size(); ++k) {
      if (taken[k]) continue;
      if (ideal[k] < problem_.earliest) {
        ++skipped;
        continue;
      }
      problem_.slots.push_back({b, static_cast<int>(k) + 1, ideal[k]});
    }
    if (skipped > 0)
      problem_.notes.push_back(body.name + ": " + std::to_string(skipped) + " of " + std::to_string(ideal.size()) +
                               " meetings of its pattern fall too soon to publish an agenda, and are not proposed");
  }

  // Two bodies share when a member sits on both or one advisor serves both. Built from each
  // person's bodies, each such group once (the members of one committee often sit together on
  // others), so that it costs the pairs that share, not every pair of bodies.
  void mark_shares() {
    const std::size_t n = problem_.bodies.size();
    problem_.shares.assign(n, std::vector<bool>(n, false));
    std::vector<std::vector<std::size_t>> sat_on(problem_.people.size()), advised(problem_.people.size());
    for (std::size_t b = 0; b < n; ++b) {
      const BodyInfo& body = problem_.bodies[b];
      for (int member : body.members) sat_on[static_cast<std::size_t>(member)].push_back(b);
      if (body.advisor >= 0) advised[static_cast<std::size_t>(body.advisor)].push_back(b);
    }
    std::set<std::vector<std::size_t>> groups(sat_on.begin(), sat_on.end());
    groups.insert(advised.begin(), advised.end());
    for (const auto& group : groups)
      for (std::size_t a : group)
        for (std::size_t b : group) problem_.shares[a][b] = true;
  }

  const Programme& programme_;
  Problem& problem_;
  Diagnostics diagnostics_;
  std::map<std::string, int> body_index_, person_index_, room_index_;
};

}  // namespace

int earliest_proposal_day(const Problem& problem, std::optional<Date> as_of) {
  const DayGrid& grid = problem.grid;
  if (!as_of || *as_of < grid.date(0)) return problem.first_day;
  int today = grid.index(*as_of);
  if (today < 0) return grid.size();
  // A meeting is still possible if its agenda can go out today or later.
  int day = std::max(today + 1, problem.first_day);
  while (day < grid.size() && grid.publication_day(day) < today) ++day;
  return day;
}

bool Problem::may_meet(int body, int day) const {
  if (day < first_day || day > last_day || !grid.working(day) || day < earliest) return false;
  const unsigned month = static_cast<unsigned>(grid.date(day).month());
  return !bodies[static_cast<std::size_t>(body)].month_off[month] && !blackout[static_cast<std::size_t>(day)];
}

std::string Problem::unavailable(int body, int day) const {
  if (may_meet(body, day)) return "";
  if (day < first_day || day > last_day) return "outside the municipal year " + year.label;
  if (!grid.working(day)) return grid.why_not(day);
  const BodyInfo& info = bodies[static_cast<std::size_t>(body)];
  Date date = grid.date(day);
  if (info.month_off[static_cast<unsigned>(date.month())])
    return info.name + " does not meet in " + month_name(date.month());
  if (blackout[static_cast<std::size_t>(day)])
    return blackout_reason[static_cast<std::size_t>(day)].empty() ? "no meetings in that window"
                                                                   : blackout_reason[static_cast<std::size_t>(day)];
  if (day < earliest) return "too soon to publish its agenda";
  return "";
}

std::vector<int> Problem::starts_for(int body) const {
  std::vector<int> list{bodies[static_cast<std::size_t>(body)].start};
  for (int start : starts)
    if (std::find(list.begin(), list.end(), start) == list.end()) list.push_back(start);
  return list;
}

std::vector<int> Problem::rooms_for(int body) const {
  std::vector<int> list{bodies[static_cast<std::size_t>(body)].room};
  for (int room = 0; room < static_cast<int>(rooms.size()); ++room)
    if (room != list.front()) list.push_back(room);
  return list;
}

int Problem::unary_cost(const Slot& slot, int day, int start, int room) const {
  const BodyInfo& body = bodies[static_cast<std::size_t>(slot.body)];
  const SoftWeights& w = options.weights;
  int cost = std::abs(day - slot.ideal) * w.spacing_per_day;
  if (!body.weekday_preferred[weekday_of(grid.date(day)).c_encoding()]) cost += w.other_weekday;
  if (start != body.start) cost += w.other_start;
  if (room != body.room) cost += w.other_room;
  if (clear_days_hit_holiday[static_cast<std::size_t>(day)]) cost += w.bank_holiday_in_clear_days;
  return cost;
}

Result<Problem> compile_problem(const Programme& programme, const PlanningCalendar& calendar,
                                const MunicipalYear& year, std::optional<Date> as_of,
                                const ScheduleOptions& options) {
  Problem problem;
  problem.programme = &programme;
  problem.year = year;
  problem.clear_days = programme.council.rules.publication_clear_days;
  problem.grid = DayGrid(add_days(year.first, -grid_margin_days), add_days(year.last, grid_margin_days),
                         working_calendar(calendar, programme.council.rules), problem.clear_days);
  problem.first_day = problem.grid.index(year.first);
  problem.last_day = problem.grid.index(year.last);
  problem.options = options;
  Diagnostics diagnostics = Compiler(programme, problem).compile(calendar, as_of);
  if (has_errors(diagnostics)) return tl::unexpected(std::move(diagnostics));
  return problem;
}

}  // namespace agendad::planner
