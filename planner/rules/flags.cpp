#include "planner/rules/flags.hpp"

#include <algorithm>
#include <tuple>

#include "planner/rules/paper.hpp"
#include "planner/rules/wording.hpp"

namespace agendad::planner {
namespace {

std::string when(const Meeting& meeting) { return day_month_year(meeting.date); }

// "has been awaiting a date since 4 March 2025", "was rescheduled from 22 April 2025 (...)"
std::string standing(const ProgrammeAsOf& view, const ItemState& state) {
  if (state.status == ItemStatus::deferred) {
    auto from = view.meetings.find(state.meeting);
    std::string text = from == view.meetings.end() ? "was rescheduled" : "was rescheduled from " + when(*from->second);
    if (!state.requested_by.empty()) text += " at the request of " + state.requested_by;
    else if (!state.reason.empty()) text += " (" + state.reason + ")";
    return text;
  }
  if (state.status == ItemStatus::awaiting_date)
    return state.since ? "has been awaiting a date since " + day_month_year(*state.since) : "is awaiting a date";
  return "is shortlisted and awaiting a date";
}

// By when a clerk must act on a flag: now for what is already wrong, the flag's own day for what
// is coming (a publication date, an assumed deadline), no date for what only informs.
std::optional<Date> act_by(FlagKind kind, std::optional<Date> when, Date as_of) {
  switch (kind) {
    case FlagKind::deadline_missed:
    case FlagKind::deadline_at_risk:
    case FlagKind::cancelled_booking:
    case FlagKind::report_overdue:
    case FlagKind::action_overdue:
    case FlagKind::no_future_meetings:
    case FlagKind::joint_meeting_needed:
    case FlagKind::extraordinary_proposed:
    case FlagKind::capacity_unapplied: return as_of;
    case FlagKind::publication_passed:
    case FlagKind::action_owed:
    case FlagKind::deferred_repeatedly: return std::nullopt;
    default: break;
  }
  if (!when) return std::nullopt;
  return std::max(*when, as_of);
}

class Collector {
 public:
  Collector(std::string committee, Date as_of) : committee_(std::move(committee)), as_of_(as_of) {}
  void add(FlagSeverity severity, FlagKind kind, std::string message, LinkKind link_kind, std::string link,
           std::optional<Date> when) {
    flags_.push_back(Flag{severity, kind, committee_, std::move(message), link_kind, std::move(link), when,
                          act_by(kind, when, as_of_)});
  }
  std::vector<Flag> sorted() && {
    std::stable_sort(flags_.begin(), flags_.end(), [](const Flag& a, const Flag& b) {
      return std::make_tuple(!a.act_by, a.act_by.value_or(Date{}), a.severity, std::string_view(a.message)) <
             std::make_tuple(!b.act_by, b.act_by.value_or(Date{}), b.severity, std::string_view(b.message));
    });
    return std::move(flags_);
  }

 private:
  std::string committee_;
  Date as_of_;
  std::vector<Flag> flags_;
};

// One line per meeting for the planner's proposals (they come in meeting order), not one per item.
// An extraordinary meeting the planner proposes is for the committee to agree, and soon: its items'
// deadlines stay at risk until it does, so that line is critical and asks for action now.
void proposal_flags(const Programme& programme, const ProgrammeAsOf& view, const Proposals& proposals, Collector& out) {
  for (std::size_t k = 0; k < proposals.proposals.size();) {
    const Meeting& meeting = *view.meetings.at(proposals.proposals[k].meeting);
    std::vector<std::string> titles;
    std::size_t end = k;
    for (; end < proposals.proposals.size() && proposals.proposals[end].meeting == meeting.id; ++end)
      titles.push_back(public_title(programme.items[proposals.proposals[end].item]));
    const std::string list = listed(titles);
    const bool one = titles.size() == 1;
    const std::size_t first = proposals.proposals[k].item;
    const LinkKind link_kind = one ? LinkKind::item : LinkKind::meeting;
    const std::string link = one ? programme.items[first].id : meeting.id;
    const auto& deadline = proposals.contenders[proposals.proposals[k].contender].deadline;
    if (meeting.proposed)
      out.add(FlagSeverity::critical, FlagKind::extraordinary_proposed,
              (one && deadline ? list + " must come before " + deadline->what + " and no agreed meeting can take it in time"
                               : "no agreed meeting can take " + list + " in time") +
                  ": the planner proposes an extraordinary meeting on " + when(meeting) + " for " + (one ? "it" : "them") +
                  ", which the committee has yet to agree",
              link_kind, link, meeting.date);
    else
      out.add(FlagSeverity::info, FlagKind::awaiting_date,
              one ? list + " " + standing(view, *view.states[first]) + "; the planner proposes " + when(meeting)
                  : "the planner proposes " + when(meeting) + " for " + std::to_string(titles.size()) + " items awaiting a date: " + list,
              link_kind, link, meeting.date);
    k = end;
  }
}

void item_flags(const Programme& programme, const PlanningCalendar& calendar, const ProgrammeAsOf& view,
                std::string_view committee, const Proposals& proposals, Collector& out) {
  const Date as_of = view.as_of;
  UnplacedReasons why(programme, proposals);
  for (const Unplaced& u : proposals.unplaced) {
    const Item& item = programme.items[u.item];
    std::string message = public_title(item);
    if (u.deadline && u.deadline->before <= as_of) {
      message.append(" had to come before ").append(u.deadline->what).append(", which has gone by, and has not been taken");
      out.add(FlagSeverity::critical, FlagKind::deadline_missed, std::move(message), LinkKind::item, item.id, u.deadline->before);
    } else if (u.deadline) {
      message.append(" must come before ").append(u.deadline->what).append("; ");
      why.append(message, u);
      out.add(FlagSeverity::critical, FlagKind::deadline_at_risk, std::move(message), LinkKind::item, item.id, u.deadline->before);
    } else {
      message.append(" ").append(standing(view, *view.states[u.item])).append(", and ");
      why.append(message, u);
      out.add(FlagSeverity::warning,
              needs_joint_meeting(item.constraints) ? FlagKind::joint_meeting_needed : FlagKind::awaiting_date,
              std::move(message), LinkKind::item, item.id, view.states[u.item]->since);
    }
  }
  proposal_flags(programme, view, proposals, out);
  for (const Item* of_committee : programme.items_of(committee)) {  // from the index: not every item's
    const Item& item = *of_committee;
    const auto& state = view.states[static_cast<std::size_t>(of_committee - programme.items.data())];
    if (!state) continue;
    const std::string& title = public_title(item);
    auto deadline = resolve_deadline(programme, calendar, item);
    // Once the assumed day has gone by the assumption no longer matters: the deadline flags say the rest.
    if (deadline && deadline->assumed && deadline->before > as_of && state->status != ItemStatus::taken &&
        state->status != ItemStatus::withdrawn)
      out.add(FlagSeverity::warning, FlagKind::assumed_date,
              "no date is known for " + deadline->what + ", so " + day_month_year(deadline->before) +
                  " is assumed as the deadline for " + title,
              LinkKind::item, item.id, deadline->before);
    if (state->status == ItemStatus::booked) {
      auto meeting = view.meetings.find(state->meeting);
      if (meeting != view.meetings.end() && meeting->second->date >= as_of) {
        if (meeting->second->status == MeetingStatus::cancelled)
          out.add(FlagSeverity::critical, FlagKind::cancelled_booking,
                  title + " is booked on " + when(*meeting->second) + ", which is cancelled", LinkKind::item, item.id,
                  meeting->second->date);
        if (deadline && meeting->second->date >= deadline->before)
          out.add(FlagSeverity::critical, FlagKind::deadline_at_risk,
                  title + " must come before " + deadline->what + " but is booked on " + when(*meeting->second),
                  LinkKind::item, item.id, deadline->before);
      }
    }
    const auto deferrals = std::count_if(item.history.begin(), item.history.end(), [&](const ItemState& s) {
      return s.status == ItemStatus::deferred && (!s.since || *s.since <= as_of);
    });
    if (deferrals > 1)
      out.add(FlagSeverity::warning, FlagKind::deferred_repeatedly,
              title + " has been deferred " + std::to_string(deferrals) + " times", LinkKind::item, item.id, state->since);
  }
}

// The public titles of a meeting's booked items that `missing` picks, "A; B; C" (empty: none).
template <typename Missing>
std::string booked_titles(const Programme& programme, const ProgrammeAsOf& view, const Meeting& meeting, Missing missing) {
  std::string titles;
  auto booked = view.booked.find(meeting.id);
  if (booked == view.booked.end()) return titles;
  for (std::size_t i : booked->second) {
    const Item& item = programme.items[i];
    if (needs_paper(item) && missing(item)) titles += (titles.empty() ? "" : "; ") + public_title(item);
  }
  return titles;
}

// When the agenda is about to go out, the booked reports whose PDFs are not named: the pack
// gives each a "Report to follow" page, which is what a council publishes but not what it wants.
void pack_flag(const Programme& programme, const ProgrammeAsOf& view, const Meeting& meeting, Collector& out) {
  const std::string missing = booked_titles(programme, view, meeting, [](const Item& item) { return item.papers.empty(); });
  if (missing.empty()) return;
  out.add(FlagSeverity::info, FlagKind::pack_incomplete,
          "the agenda pack for " + when(meeting) + " is incomplete: no paper yet for " + missing +
              " (a \"Report to follow\" page stands in)",
          LinkKind::meeting, meeting.id, meeting.date);
}

// While the agenda is still to be published a missing count can be supplied; the agenda cannot
// number a paper, or any after it, without one. One line per meeting, naming every such paper.
void page_count_flag(const Programme& programme, const ProgrammeAsOf& view, const Meeting& meeting, Collector& out) {
  const std::string missing = booked_titles(programme, view, meeting, [](const Item& item) { return !item.pages; });
  if (missing.empty()) return;
  out.add(FlagSeverity::info, FlagKind::page_count_missing,
          "the agenda for " + when(meeting) + " cannot give page ranges: no page count for " + missing,
          LinkKind::meeting, meeting.id, meeting.date);
}

void no_future_meetings_flag(const Proposals& proposals, Date as_of, Collector& out) {
  if (std::none_of(proposals.meetings.begin(), proposals.meetings.end(), [&](const MeetingPlan& plan) {
        return plan.meeting->date >= as_of && plan.meeting->status != MeetingStatus::cancelled;
      }))
    out.add(FlagSeverity::warning, FlagKind::no_future_meetings,
            "no meeting is in the programme on or after " + day_month_year(as_of) +
                ", so nothing can be planned; add the next meetings (agendad schedule --year proposes a calendar)",
            LinkKind::meeting, "", as_of);
}

// A meeting booked beyond its capacity, or, while its agenda can still take business (`fillable`),
// one with nothing or little booked.
void load_flag(const MeetingPlan& plan, bool fillable, Collector& out) {
  const Meeting& meeting = *plan.meeting;
  const std::string date = when(meeting);
  const std::string proposed =
      plan.proposed ? "; the planner proposes " + std::to_string(plan.proposed) + (plan.proposed == 1 ? " item" : " items") : "";
  if (plan.capacity && plan.booked > *plan.capacity)
    out.add(FlagSeverity::warning, FlagKind::overloaded,
            date + " has " + std::to_string(plan.booked) + " items booked for " + std::to_string(*plan.capacity) + " places",
            LinkKind::meeting, meeting.id, meeting.date);
  else if (fillable && plan.booked == 0)
    out.add(FlagSeverity::warning, FlagKind::empty_meeting, date + " has nothing booked" += proposed, LinkKind::meeting,
            meeting.id, meeting.date);
  else if (fillable && plan.capacity && 2 * plan.booked < *plan.capacity)
    out.add(FlagSeverity::info, FlagKind::thin_meeting,
            date + " has only " + std::to_string(plan.booked) + " of " + std::to_string(*plan.capacity) + " places booked" += proposed,
            LinkKind::meeting, meeting.id, meeting.date);
}

// The agenda's publication: gone by, or at hand (and then whether its pack is complete).
void publication_flags(const Programme& programme, const WorkingCalendar& working, const ProgrammeAsOf& view,
                       const MeetingPlan& plan, Collector& out) {
  const Meeting& meeting = *plan.meeting;
  const Date as_of = view.as_of;
  const std::string date = when(meeting);
  if (publication_passed(plan.dates, as_of)) {
    out.add(FlagSeverity::info, FlagKind::publication_passed,
            "the agenda for " + date + " was due out by " + long_date(plan.dates.publication) +
                "; only urgent business can be added now",
            LinkKind::meeting, meeting.id, plan.dates.publication);
  } else if (working_days_before(working, plan.dates.publication, programme.council.rules.publication_clear_days) <= as_of) {
    // At hand: within as many working days as the clear days the agenda itself needs.
    const int left = clear_working_days_between(working, as_of, plan.dates.publication) + (plan.dates.publication > as_of);
    out.add(FlagSeverity::warning, FlagKind::publication_due,
            "the agenda for " + date + " must be published by " + long_date(plan.dates.publication) +
                (left == 0 ? " (today)" : " (" + std::to_string(left) + (left == 1 ? " working day)" : " working days)")),
            LinkKind::meeting, meeting.id, plan.dates.publication);
    pack_flag(programme, view, meeting, out);
  }
}

// The booked reports not received by the meeting's report deadline, once it has gone by.
void report_flags(const Programme& programme, const ProgrammeAsOf& view, const MeetingPlan& plan, Collector& out) {
  const Meeting& meeting = *plan.meeting;
  if (!plan.dates.report_deadline || *plan.dates.report_deadline >= view.as_of) return;
  auto booked = view.booked.find(meeting.id);
  if (booked == view.booked.end()) return;
  for (std::size_t i : booked->second) {
    const Item& item = programme.items[i];
    if (item.report_received || !needs_paper(item)) continue;
    out.add(FlagSeverity::warning, FlagKind::report_overdue,
            "the report for " + public_title(item) + " was due by " + day_month_year(*plan.dates.report_deadline) +
                " for " + when(meeting) + " and is not marked received",
            LinkKind::item, item.id, *plan.dates.report_deadline);
  }
}

void meeting_flags(const Programme& programme, const PlanningCalendar& calendar, const ProgrammeAsOf& view,
                   const Proposals& proposals, Collector& out) {
  const Date as_of = view.as_of;
  const WorkingCalendar working = working_calendar(calendar, programme.council.rules);
  const auto& rules = programme.council.rules;
  bool capacity_noted = false;
  no_future_meetings_flag(proposals, as_of, out);
  for (const MeetingPlan& plan : proposals.meetings) {
    const Meeting& meeting = *plan.meeting;
    if (meeting.date < as_of || meeting.status == MeetingStatus::cancelled) continue;
    if (rules.capacity_minutes && !rules.capacity_items && !capacity_noted && is_formal(meeting)) {
      capacity_noted = true;
      out.add(FlagSeverity::warning, FlagKind::capacity_unapplied,
              "capacity_minutes is set but items carry no durations, so no meeting's capacity is applied; set capacity_items",
              LinkKind::meeting, meeting.id, std::nullopt);
    }
    // Empty or thin matters while the agenda can still take business; after that the publication
    // flag says what can be done.
    // A proposed extraordinary meeting holds the business it is for and no more: not empty, not thin.
    const bool fillable = is_formal(meeting) && !meeting.proposed && !publication_passed(plan.dates, as_of);
    load_flag(plan, fillable, out);
    publication_flags(programme, working, view, plan, out);
    if (fillable) page_count_flag(programme, view, meeting, out);
    report_flags(programme, view, plan, out);
  }
}

void action_flags(const Programme& programme, const ProgrammeAsOf& view, std::string_view committee, Collector& out) {
  for (const Action* owed : programme.actions_of(committee)) {
    const Action& action = *owed;
    if (action.done) continue;
    auto meeting = view.meetings.find(action.meeting);
    const bool known = meeting != view.meetings.end();
    if (known && meeting->second->date > view.as_of) continue;  // not yet resolved on the as-of date
    std::string from = known ? " from the meeting of " + when(*meeting->second) : "";
    if (action.minute) from += " (minute " + std::to_string(*action.minute) + ")";
    const std::string what = "Owed to " + action.owed_to + from + ": " + action.owed;
    if (!action.due)
      out.add(FlagSeverity::info, FlagKind::action_owed, what + "; no due date is set", LinkKind::action, action.id,
              known ? std::optional<Date>(meeting->second->date) : std::nullopt);
    else if (*action.due < view.as_of)
      out.add(FlagSeverity::warning, FlagKind::action_overdue, what + "; it was due by " + day_month_year(*action.due),
              LinkKind::action, action.id, action.due);
  }
}

}  // namespace

std::string to_string(FlagSeverity severity) {
  switch (severity) {
    case FlagSeverity::critical: return "critical";
    case FlagSeverity::warning: return "warning";
    case FlagSeverity::info: return "info";
  }
  return "info";
}

std::string to_string(LinkKind kind) {
  switch (kind) {
    case LinkKind::meeting: return "meeting";
    case LinkKind::item: return "item";
    case LinkKind::action: return "action";
  }
  return "item";
}

std::string to_string(FlagKind kind) {
  switch (kind) {
    case FlagKind::deadline_missed: return "deadline_missed";
    case FlagKind::deadline_at_risk: return "deadline_at_risk";
    case FlagKind::assumed_date: return "assumed_date";
    case FlagKind::awaiting_date: return "awaiting_date";
    case FlagKind::joint_meeting_needed: return "joint_meeting_needed";
    case FlagKind::cancelled_booking: return "cancelled_booking";
    case FlagKind::deferred_repeatedly: return "deferred_repeatedly";
    case FlagKind::overloaded: return "overloaded";
    case FlagKind::empty_meeting: return "empty_meeting";
    case FlagKind::thin_meeting: return "thin_meeting";
    case FlagKind::report_overdue: return "report_overdue";
    case FlagKind::publication_due: return "publication_due";
    case FlagKind::publication_passed: return "publication_passed";
    case FlagKind::action_overdue: return "action_overdue";
    case FlagKind::action_owed: return "action_owed";
    case FlagKind::capacity_unapplied: return "capacity_unapplied";
    case FlagKind::page_count_missing: return "page_count_missing";
    case FlagKind::pack_incomplete: return "pack_incomplete";
    case FlagKind::no_future_meetings: return "no_future_meetings";
    case FlagKind::extraordinary_proposed: return "extraordinary_proposed";
  }
  return "awaiting_date";
}

std::vector<Flag> flags(const Programme& programme, const PlanningCalendar& calendar, const ProgrammeAsOf& view,
                        std::string_view committee, const Proposals& proposals) {
  Collector out{std::string(committee), view.as_of};
  item_flags(programme, calendar, view, committee, proposals, out);
  meeting_flags(programme, calendar, view, proposals, out);
  action_flags(programme, view, committee, out);
  return std::move(out).sorted();
}

}  // namespace agendad::planner
