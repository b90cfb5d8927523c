#include "planner/schedule/extraordinary.hpp"

#include <algorithm>
#include <map>
#include <optional>

#include "planner/rules/earliest.hpp"
#include "planner/rules/plan.hpp"
#include "planner/rules/working_days.hpp"
#include "planner/schedule/explain.hpp"
#include "planner/schedule/search.hpp"

namespace agendad::planner {
namespace {

struct Overdue {
  std::size_t item = 0;
  Deadline deadline;
  std::string why;  // the planner's reason it cannot be placed
};

// Committees modelled with their meetings in the programme (Cabinet, say) count as that body's
// calendar too, so that "before Cabinet in July 2025" resolves to Cabinet's July meeting.
PlanningCalendar with_programme_meetings(const Programme& programme, PlanningCalendar calendar) {
  for (const Meeting& meeting : programme.meetings) {
    if (meeting.status == MeetingStatus::cancelled) continue;
    auto& dates = calendar.body_meetings[meeting.committee];
    if (std::find(dates.begin(), dates.end(), meeting.date) == dates.end()) dates.push_back(meeting.date);
  }
  return calendar;
}

// The last day the meeting may fall on for this item, with the words that say why.
std::pair<Date, std::string> latest_day(const Programme& programme, const WorkingCalendar& days, const Committee& committee,
                                        const Item& item, const Deadline& deadline) {
  const auto& due = *item.constraints.due_before;
  if (due.body.empty()) return {add_days(deadline.before, -1), "before " + deadline.what};
  if (deadline.assumed)  // no calendar gives the body's day: the whole month must be allowed for
    return {add_days(deadline.before, -1),
            "before " + deadline.what + " (its day is not known, so before " + day_month_year(deadline.before) + ")"};
  if (committee.pattern) {
    const auto& feeds = committee.pattern->feeds;
    if (std::find(feeds.begin(), feeds.end(), due.body) != feeds.end() && committee.pattern->working_days_before_fed_body) {
      int n = *committee.pattern->working_days_before_fed_body;
      return {working_days_before(days, deadline.before, n),
              "at least " + std::to_string(n) + " working days before " + deadline.what};
    }
  }
  Date publication = latest_publication(days, deadline.before, programme.council.rules.publication_clear_days);
  return {publication, "before " + deadline.what + " with time to reach its agenda (out by " +
                           day_month_year(publication) + ")"};
}

// The committee's usual weekdays: its pattern's, else those its meetings have fallen on most.
std::vector<bool> usual_weekdays(const Programme& programme, const Committee& committee) {
  std::vector<bool> usual(7, false);
  if (committee.pattern && !committee.pattern->weekdays.empty()) {
    for (auto day : committee.pattern->weekdays) usual[day.c_encoding()] = true;
    return usual;
  }
  std::vector<int> count(7, 0);
  for (const Meeting* meeting : programme.meetings_of(committee.id))
    if (is_formal(*meeting)) ++count[weekday_of(meeting->date).c_encoding()];
  int most = *std::max_element(count.begin(), count.end());
  for (unsigned d = 0; d < 7; ++d) usual[d] = most > 0 ? count[d] == most : d >= 1 && d <= 5;
  return usual;
}

bool blacked_out_for(const Programme& programme, const std::vector<const Item*>& items, Date date) {
  for (const Blackout& window : programme.council.rules.blackouts) {
    if (date < window.from || date > window.to) continue;
    for (const Item* item : items)
      if (!item->kind || std::find(window.kinds.begin(), window.kinds.end(), *item->kind) != window.kinds.end())
        return true;
  }
  return false;
}

std::string titles(const std::vector<const Item*>& items) {
  std::string text;
  for (std::size_t i = 0; i < items.size(); ++i)
    text += (i == 0 ? "" : i + 1 == items.size() ? " and " : ", ") + public_title(*items[i]);
  return text;
}

// The days an extraordinary meeting for a group may fall on, with the words that say why.
struct Window {
  Date first;         // tomorrow, or the day the last of the items' papers will exist
  Date last;          // the tightest of the items' latest days
  std::string from;   // the words for first
  std::string limit;  // the words for last
};

// Overdue items of one committee that one extraordinary meeting could take, and when it may fall.
struct Group {
  const Committee* committee = nullptr;
  std::vector<Overdue> overdue;
  Window window;
};

class Proposer {
 public:
  Proposer(const Programme& programme, const PlanningCalendar& calendar, Date as_of, const ScheduleOptions& options)
      : programme_(programme), calendar_(calendar), as_of_(as_of), options_(options),
        days_(working_calendar(calendar, programme.council.rules)) {}

  Result<ExtraordinaryProposals> run(const Plan& plan) {
    const std::vector<Group> groups = groups_of(plan);
    for (const Group& group : groups)
      if (open(group.window)) span_ = span_ ? Window{std::min(span_->first, group.window.first),
                                                    std::max(span_->last, group.window.last), "", ""}
                                            : group.window;
    for (const Group& group : groups)
      if (auto failed = propose_for(group); !failed) return tl::unexpected(failed.error());
    std::sort(result_.meetings.begin(), result_.meetings.end(),
              [](const auto& a, const auto& b) { return a.meeting.date < b.meeting.date; });
    return result_;
  }

 private:
  // Each committee's overdue items, soonest deadline first, as many to a meeting as it may take.
  std::vector<Group> groups_of(const Plan& plan) const {
    std::vector<Group> groups;
    const std::size_t per_meeting =
        static_cast<std::size_t>(std::max(1, programme_.council.rules.capacity_items.value_or(1 << 20)));
    for (const CommitteePlan& committee_plan : plan.committees) {
      const Committee* committee = programme_.committee(committee_plan.committee);
      std::vector<Overdue> overdue;
      UnplacedReasons why(programme_, committee_plan.proposals);
      for (const Unplaced& unplaced : committee_plan.proposals.unplaced)
        if (unplaced.deadline && unplaced.deadline->before > as_of_)
          overdue.push_back({unplaced.item, *unplaced.deadline, why(unplaced)});
      std::stable_sort(overdue.begin(), overdue.end(),
                       [](const Overdue& a, const Overdue& b) { return a.deadline.before < b.deadline.before; });
      for (std::size_t i = 0; i < overdue.size(); i += per_meeting) {
        Group group{committee, {overdue.begin() + static_cast<long>(i),
                                overdue.begin() + static_cast<long>(std::min(overdue.size(), i + per_meeting))}, {}};
        group.window = window_for(*committee, group.overdue);
        groups.push_back(std::move(group));
      }
    }
    return groups;
  }

  // Whether any day is left in the window for a meeting.
  bool open(const Window& window) const { return as_of_ < window.last && window.first <= window.last; }

  Window window_for(const Committee& committee, const std::vector<Overdue>& group) const {
    Window window{add_days(as_of_, 1), group.front().deadline.before, "", ""};
    for (const Overdue& o : group) {
      auto [day, words] = latest_day(programme_, days_, committee, programme_.items[o.item], o.deadline);
      if (window.limit.empty() || day < window.last) {
        window.last = day;
        window.limit = words;
      }
    }
    // Not before the items' papers exist ("by May 2025"), nor before tomorrow.
    window.from = day_month_year(window.first);
    for (const Overdue& o : group)
      if (auto earliest = earliest_day(programme_.items[o.item]); earliest && window.first < earliest->day) {
        window.first = earliest->day;
        window.from = earliest->what;
      }
    return window;
  }

  // The council's scheduling problem over every group's window, compiled once: compiling it for
  // each group cost every committee the whole council, so the plan grew with its square.
  Result<Problem*> council_problem() {
    if (!council_) {
      auto compiled = compile_problem(programme_, calendar_, {"extraordinary", span_->first, span_->last}, as_of_, options_);
      if (!compiled) return tl::unexpected(compiled.error());
      council_ = std::move(*compiled);
    }
    return &*council_;
  }

  // The scheduler's problem of one meeting of the committee in the window: on its usual
  // weekdays, clear of the blackouts that bind the items, as late as allowed. The council's
  // problem is narrowed in place; the search reads only this committee's rows of it.
  Result<Problem*> problem_for(const Committee& committee, const std::vector<const Item*>& items, const Window& window) {
    auto council = council_problem();
    if (!council) return tl::unexpected(council.error());
    Problem& problem = **council;
    problem.year = {"extraordinary", window.first, window.last};
    problem.first_day = problem.grid.index(window.first);
    problem.last_day = problem.grid.index(window.last);
    problem.earliest = earliest_proposal_day(problem, as_of_);
    const int body = body_of(problem, committee);
    BodyInfo& info = problem.bodies[static_cast<std::size_t>(body)];
    if ((!committee.pattern && !committee.start) || info.room < 0) {
      Diagnostic d;
      d.where = committee.where;
      d.field = "committees." + committee.id + (info.room < 0 ? ".venue" : ".start");
      d.message = "an extraordinary meeting needs the committee's usual start time and venue";
      d.expected = "start as HH:MM and the id of a venue under venues:";
      return tl::unexpected(Diagnostics{d});
    }
    info.weekday_preferred = usual_weekdays(programme_, committee);
    auto& open = problem.available[static_cast<std::size_t>(body)];
    for (int day = 0; day < problem.grid.size(); ++day)
      open[static_cast<std::size_t>(day)] =
          problem.may_meet(body, day) && !blacked_out_for(programme_, items, problem.grid.date(day));
    problem.slots = {Slot{body, 1, problem.last_day}};  // as late as allowed: the most time for reports
    return &problem;
  }

  static int body_of(const Problem& problem, const Committee& committee) {
    int body = 0;
    while (problem.bodies[static_cast<std::size_t>(body)].id != committee.id) ++body;
    return body;
  }

  // The meeting the scheduler chose, proposed and unconfirmed, with the reason for its day.
  ExtraordinaryMeeting meeting_at(const Committee& committee, const std::vector<Overdue>& group,
                                  const std::vector<const Item*>& items, const Problem& problem, Choice choice,
                                  const Window& window) const {
    const BodyInfo& info = problem.bodies[static_cast<std::size_t>(body_of(problem, committee))];
    ExtraordinaryMeeting extra;
    Meeting& meeting = extra.meeting;
    meeting.committee = committee.id;
    meeting.date = problem.grid.date(choice.day);
    meeting.id = committee.id + "-" + iso(meeting.date) + "-extraordinary";
    meeting.start = WallTime{choice.start / 60, choice.start % 60};
    meeting.duration_minutes = info.duration;
    meeting.end = add_minutes(*meeting.start, info.duration);
    meeting.venue = problem.rooms[static_cast<std::size_t>(choice.room)];
    meeting.kind = MeetingKind::extraordinary;
    meeting.confirmed = false;
    meeting.proposed = true;
    for (const Item* item : items) extra.items.push_back(item->id);
    extra.reason = "An extraordinary meeting of " + committee.name + " for " + titles(items) + " (" + group.front().why +
                   "): " + long_date(meeting.date) + " at " + agenda_time(*meeting.start) + " in " +
                   room_name(problem, choice.room) + ", the latest " + weekday_name(weekday_of(meeting.date)) +
                   " that keeps every hard rule and comes " + window.limit + "; the " + committee.name +
                   "'s own agenda must be out by " +
                   day_month_year(latest_publication(days_, meeting.date, programme_.council.rules.publication_clear_days));
    return extra;
  }

  // What stood in the way of a later usual day, if anything did: " (not <date>: <why>)".
  static std::string why_not_later(const Problem& problem, const Board& board, int body, Choice choice) {
    const BodyInfo& info = problem.bodies[static_cast<std::size_t>(body)];
    for (int day = problem.last_day; day > choice.day; --day) {
      if (!info.weekday_preferred[weekday_of(problem.grid.date(day)).c_encoding()]) continue;
      std::string why = why_not_here(problem, board, body, {day, info.start, info.room});
      return why.empty() ? "" : " (not " + day_month_year(problem.grid.date(day)) + ": " + why + ")";
    }
    return "";
  }

  Result<bool> propose_for(const Group& group) {
    const Committee& committee = *group.committee;
    const Window& window = group.window;
    std::vector<const Item*> items;
    items.reserve(group.overdue.size());
    for (const Overdue& o : group.overdue) items.push_back(&programme_.items[o.item]);
    if (window.last <= as_of_) {
      result_.cannot.push_back(titles(items) + ": no day is left " + window.limit);
      return true;
    }
    if (window.last < window.first) {
      result_.cannot.push_back(titles(items) + ": no day is left from " + window.from + " " + window.limit);
      return true;
    }
    auto problem = problem_for(committee, items, window);
    if (!problem) return tl::unexpected(problem.error());
    // The fixed meetings a grid of the window alone would hold.
    Board board(**problem, (*problem)->first_day - grid_margin_days, (*problem)->last_day + grid_margin_days);
    long checks = 0;
    auto choice = cheapest_choice(**problem, board, 0, checks);
    if (!choice) {
      result_.cannot.push_back(titles(items) + ": no day from " + window.from + " " + window.limit +
                               " keeps every hard rule for an extraordinary meeting of " + committee.name);
      return true;
    }
    ExtraordinaryMeeting extra = meeting_at(committee, group.overdue, items, **problem, *choice, window);
    extra.reason += why_not_later(**problem, board, body_of(**problem, committee), *choice);
    result_.meetings.push_back(std::move(extra));
    return true;
  }

  const Programme& programme_;
  PlanningCalendar calendar_;
  Date as_of_;
  ScheduleOptions options_;
  WorkingCalendar days_;
  ExtraordinaryProposals result_;
  std::optional<Window> span_;     // from the first open window's first day to the last one's last
  std::optional<Problem> council_;
};

}  // namespace

Result<ExtraordinaryProposals> propose_extraordinary(const Programme& programme, const PlanningCalendar& calendar,
                                                     const Plan& planned, const ScheduleOptions& options) {
  return Proposer(programme, with_programme_meetings(programme, calendar), planned.as_of, options).run(planned);
}

Result<ExtraordinaryProposals> propose_extraordinary(const Programme& programme, const PlanningCalendar& calendar,
                                                     Date as_of, const ScheduleOptions& options) {
  return propose_extraordinary(programme, calendar, plan(programme, calendar, as_of), options);
}

}  // namespace agendad::planner
