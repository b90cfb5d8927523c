// The planner's reasons as sentences, built only when a page, feed or command shows them.
#include <algorithm>

#include "planner/rules/earliest.hpp"
#include "planner/rules/proposals.hpp"
#include "planner/rules/wording.hpp"

namespace agendad::planner {
namespace {

std::string when(const MeetingPlan& plan) { return day_month_year(plan.meeting->date); }

std::string ordinal(int n) {
  const int tens = n % 100;
  const char* suffix = (tens >= 11 && tens <= 13) ? "th" : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
  return std::to_string(n) + suffix;
}

std::string join(const std::vector<std::string>& parts) {
  std::string text;
  for (std::size_t k = 0; k < parts.size(); ++k) text += (k ? (k + 1 == parts.size() ? " and " : ", ") : "") + parts[k];
  return text;
}

bool full(const MeetingPlan& plan) { return plan.capacity && plan.booked + plan.proposed >= *plan.capacity; }

std::string places(const MeetingPlan& plan) {
  return std::to_string(plan.booked + plan.proposed) + " of " + std::to_string(plan.capacity.value_or(0)) + " places taken";
}

// The papers give no capacity: the figure is the planner's assumption, and says so.
std::string assumed(const MeetingPlan& plan) {
  return plan.capacity_assumed ? "; capacity " + std::to_string(plan.capacity.value_or(0)) + " assumed" : "";
}

// "a workshop", "a joint meeting with the Improving Places Select Commission", "a formal meeting".
std::string sort_of(const Programme& programme, const Item& item) {
  if (item.kind == ItemKind::workshop) return "workshop";
  if (needs_joint_meeting(item.constraints)) return "joint meeting with " + the_body(programme, item.constraints.joint_with);
  return "meeting";
}

std::string waited(const Priority& p) { return p.waiting_dated ? "since " + day_month_year(p.waiting_since) : "undated"; }

// Why a ranks ahead of b, on the key that decides: "nearer deadline (Cabinet in July 2025; it has none)".
std::string on_key(const Proposals& proposals, const Contender& a, const Contender& b) {
  const auto key = deciding_key(a.priority, b.priority, proposals.order);
  if (!key) return "";
  switch (*key) {
    case PriorityKey::deadline:
      return "on its nearer deadline, " + a.deadline->what + (b.deadline ? " against " + b.deadline->what : " against none");
    case PriorityKey::merit:
      return "on its higher TOPIC score, " + std::to_string(*a.priority.merit) + " against " +
             (b.priority.merit ? std::to_string(*b.priority.merit) : std::string("none"));
    case PriorityKey::age: return "on waiting longer, " + waited(a.priority) + " against " + waited(b.priority);
    case PriorityKey::agreed: return "on the committee's agreed order";
  }
  return "";
}

std::string named(const Programme& programme, const Contender& c) {
  return public_title(programme.items[c.item]) + " (ranked " + ordinal(c.rank) + ")";
}

// The meetings before its own that it could not have: "29 April 2025 is full; 6 May 2025 is the
// meeting it was deferred from".
std::vector<std::string> passed_over(const Proposals& proposals, const Contender& c, int until) {
  std::vector<std::string> why;
  for (int m : c.upcoming) {
    if (m >= until) break;
    const MeetingPlan& plan = proposals.meetings[m];
    if (c.deferred && plan.meeting->id == c.deferred_from) why.push_back(when(plan) + " is the meeting it was deferred from");
    else if (std::find(c.eligible.begin(), c.eligible.end(), m) == c.eligible.end())
      why.push_back(when(plan) + " falls in " + (plan.blackouts.empty() ? std::string("a blackout") : plan.blackouts.front()->reason));
    else if (full(plan)) why.push_back(when(plan) + " is full (" + places(plan) + assumed(plan) + ")");
  }
  return why;
}

// Lower-ranked items that could have had this meeting and did not.
std::vector<const Contender*> outranked(const Proposals& proposals, const Contender& c) {
  std::vector<const Contender*> below;
  if (!full(proposals.meetings[c.at])) return below;
  for (const std::size_t k : proposals.open_to[static_cast<std::size_t>(c.at)]) {
    const Contender& other = proposals.contenders[k];
    if (other.rank > c.rank && (other.at < 0 || other.at > c.at)) below.push_back(&other);
  }
  return below;
}

}  // namespace

std::string explain(const Programme& programme, const Proposals& proposals, const Proposal& proposal) {
  const Contender& c = proposals.contenders[proposal.contender];
  const Item& item = programme.items[c.item];
  const MeetingPlan& plan = proposals.meetings[c.at];
  std::string text = when(plan) + " is the earliest " + sort_of(programme, item) + " with room";
  if (auto earliest = earliest_day(item)) text += " on or after " + earliest->what;
  if (c.deadline) text += " before " + c.deadline->what;
  text += plan.capacity ? " (" + places(plan) + " with it" + assumed(plan) + ")" : " (no limit on items is set)";
  text += "; its agenda is due out by " + day_month_year(plan.dates.publication);
  if (auto why = passed_over(proposals, c, c.at); !why.empty()) text += "; " + join(why);
  const auto below = outranked(proposals, c);
  std::vector<std::string> ahead;
  for (std::size_t k = 0; k < below.size() && k < 3; ++k) ahead.push_back(named(programme, *below[k]) + " " + on_key(proposals, c, *below[k]));
  if (below.size() > 3) ahead.push_back(std::to_string(below.size() - 3) + " more");
  if (!ahead.empty()) text += "; it goes ahead of " + join(ahead);
  return text;
}

std::string explain(const Programme& programme, const Proposals& proposals, const Unplaced& unplaced) {
  const Contender& c = proposals.contenders[unplaced.contender];
  const Item& item = programme.items[c.item];
  if (c.upcoming.empty()) {
    if (c.deadline) {
      auto earliest = earliest_day(item);
      return "no " + sort_of(programme, item) + " with its agenda still open is left" +
             (earliest ? " from " + earliest->what + " until then" : " before then");
    }
    if (needs_joint_meeting(item.constraints))
      return "it needs a joint meeting with " + the_body(programme, item.constraints.joint_with) +
             " and none is in the programme with its agenda still open";
    if (auto earliest = earliest_day(item))
      return "no meeting is left in the programme on or after " + earliest->what + " with its agenda still open";
    return "no meeting is left in the programme with its agenda still open";
  }
  if (c.eligible.empty()) {
    if (c.deferred && c.upcoming.size() == 1)
      return "no meeting is left in the programme but " + when(proposals.meetings[c.upcoming.front()]) +
             ", which it was deferred from";
    return "no meeting left meets its dates: " + join(passed_over(proposals, c, static_cast<int>(proposals.meetings.size())));
  }
  std::vector<std::string> held, displace;
  for (int m : c.eligible) {
    const MeetingPlan& plan = proposals.meetings[m];
    std::vector<std::string> above;
    for (std::size_t i : plan.booked_items) above.push_back(public_title(programme.items[i]) + " (booked)");
    for (const std::size_t k : proposals.proposed_at[static_cast<std::size_t>(m)]) {
      const Contender& other = proposals.contenders[k];
      if (other.rank < c.rank) above.push_back(named(programme, other));
      else displace.push_back(named(programme, other) + " at " + when(plan) +
                              (other.deadline ? ", which would then miss its deadline, " + other.deadline->what : std::string()));
    }
    held.push_back(when(plan) + (above.empty() ? " has no places" : " holds " + join(above)) +
                   (plan.capacity_assumed ? " (capacity " + std::to_string(plan.capacity.value_or(0)) + " assumed)" : ""));
  }
  std::string text = (c.eligible.size() == 1 ? "the only meeting open to it" : "every meeting open to it") +
                     std::string(" is full: ") + join(held);
  if (!displace.empty()) text += "; it could go only by displacing " + join(displace) + " (meeting deadlines comes before rank)";
  return text;
}

}  // namespace agendad::planner
