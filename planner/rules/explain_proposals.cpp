// The planner's reasons as sentences, built only when a page, feed or command shows them.
#include <algorithm>

#include "planner/rules/earliest.hpp"
#include "planner/rules/proposals.hpp"
#include "planner/rules/wording.hpp"

namespace agendad::planner {
namespace {

std::string when(const MeetingPlan& plan) { return day_month_year(plan.meeting->date); }

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
  if (auto why = passed_over(proposals, c, c.at); !why.empty()) text += "; " + listed(why);
  const auto below = outranked(proposals, c);
  std::vector<std::string> ahead;
  for (std::size_t k = 0; k < below.size() && k < 3; ++k) ahead.push_back(named(programme, *below[k]) + " " + on_key(proposals, c, *below[k]));
  if (below.size() > 3) ahead.push_back(std::to_string(below.size() - 3) + " more");
  if (!ahead.empty()) text += "; it goes ahead of " + listed(ahead);
  return text;
}

std::string explain(const Programme& programme, const Proposals& proposals, const Unplaced& unplaced) {
  return UnplacedReasons(programme, proposals)(unplaced);
}

UnplacedReasons::UnplacedReasons(const Programme& programme, const Proposals& proposals)
    : programme_(programme), proposals_(proposals), names_(proposals.meetings.size()) {}

const UnplacedReasons::Names& UnplacedReasons::names_at(int meeting) {
  Names& names = names_[static_cast<std::size_t>(meeting)];
  if (names.named) return names;
  const MeetingPlan& plan = proposals_.meetings[static_cast<std::size_t>(meeting)];
  names.date = when(plan);
  for (std::size_t i : plan.booked_items) names.booked.push_back(public_title(programme_.items[i]) + " (booked)");
  for (const std::size_t k : proposals_.proposed_at[static_cast<std::size_t>(meeting)])
    names.proposed.push_back(named(programme_, proposals_.contenders[k]));
  names.named = true;
  return names;
}

std::string UnplacedReasons::operator()(const Unplaced& unplaced) {
  std::string text;
  append(text, unplaced);
  return text;
}

void UnplacedReasons::append(std::string& text, const Unplaced& unplaced) {
  const Programme& programme = programme_;
  const Proposals& proposals = proposals_;
  const Contender& c = proposals.contenders[unplaced.contender];
  const Item& item = programme.items[c.item];
  if (c.upcoming.empty()) {
    if (c.deadline) {
      auto earliest = earliest_day(item);
      text += "no " + sort_of(programme, item) + " with its agenda still open is left" +
             (earliest ? " from " + earliest->what + " until then" : " before then");
      return;
    }
    if (needs_joint_meeting(item.constraints)) {
      text += "it needs a joint meeting with " + the_body(programme, item.constraints.joint_with) +
             " and none is in the programme with its agenda still open";
      return;
    }
    if (auto earliest = earliest_day(item))
      text += "no meeting is left in the programme on or after " + earliest->what + " with its agenda still open";
    else
      text += "no meeting is left in the programme with its agenda still open";
    return;
  }
  if (c.eligible.empty()) {
    if (c.deferred && c.upcoming.size() == 1)
      text += "no meeting is left in the programme but " + when(proposals.meetings[c.upcoming.front()]) +
              ", which it was deferred from";
    else
      text += "no meeting left meets its dates: " + listed(passed_over(proposals, c, static_cast<int>(proposals.meetings.size())));
    return;
  }
  text += c.eligible.size() == 1 ? "the only meeting open to it is full: " : "every meeting open to it is full: ";
  append_held(text, c);
}

// "7 January 2025 holds A (ranked 1st) and B (booked); 14 January ...; it could go only by
// displacing ...", written straight into `text`: these lists are most of a large plan's flags.
void UnplacedReasons::append_held(std::string& text, const Contender& c) {
  const Proposals& proposals = proposals_;
  std::vector<std::string> displace;
  std::vector<std::string_view> above;
  for (std::size_t e = 0; e < c.eligible.size(); ++e) {
    const int m = c.eligible[e];
    const MeetingPlan& plan = proposals.meetings[m];
    const Names& names = names_at(m);
    above.assign(names.booked.begin(), names.booked.end());
    const auto& proposed = proposals.proposed_at[static_cast<std::size_t>(m)];
    for (std::size_t j = 0; j < proposed.size(); ++j) {
      const Contender& other = proposals.contenders[proposed[j]];
      if (other.rank < c.rank) above.push_back(names.proposed[j]);
      else displace.push_back(names.proposed[j] + " at " + names.date +
                              (other.deadline ? ", which would then miss its deadline, " + other.deadline->what : std::string()));
    }
    if (e) text += e + 1 == c.eligible.size() ? " and " : ", ";
    text += names.date;
    if (above.empty()) text += " has no places";
    else text.append(" holds ").append(listed(above));
    if (plan.capacity_assumed) text.append(" (capacity ").append(std::to_string(plan.capacity.value_or(0))).append(" assumed)");
  }
  if (!displace.empty()) text.append("; it could go only by displacing ").append(listed(displace)).append(" (meeting deadlines comes before rank)");
}

}  // namespace agendad::planner
