#include "feeds/changes/facts.hpp"

#include "planner/rules/as_of.hpp"

namespace agendad::changes {

using planner::CommitteePlan, planner::Flag, planner::FlagSeverity, planner::Item, planner::ItemStatus,
    planner::LinkKind, planner::Meeting, planner::MeetingKind, planner::MeetingStatus, planner::Plan,
    planner::Programme, planner::ProgrammeAsOf;

namespace {

// `item` as the public sees it, and the members' title where `full` (the same item with its
// private values) is titled otherwise.
Titled titled(const Item& item, const Item& full) {
  const std::string& shown = public_title(item);
  return {shown, shown == full.title ? std::string() : full.title};
}

std::string kind_of(const Meeting& meeting) {
  switch (meeting.kind) {
    case MeetingKind::workshop: return "workshop";
    case MeetingKind::extraordinary: return "extraordinary meeting";
    case MeetingKind::joint: return "joint meeting";
    case MeetingKind::ordinary: break;
  }
  return "meeting";
}

}  // namespace

Facts facts_of(const Programme& programme, const Plan& plan) { return facts_of(programme, programme, plan); }

Facts facts_of(const Programme& programme, const Programme& full, const Plan& plan) {
  const ProgrammeAsOf papers = programme_as_of(programme, plan.as_of);
  Facts facts;
  for (const Meeting& meeting : programme.meetings)
    facts.meetings.emplace(meeting.id, MeetingFacts{.committee = meeting.committee,
                                                    .date = meeting.date,
                                                    .start = meeting.start,
                                                    .cancelled = meeting.status == MeetingStatus::cancelled,
                                                    .proposed = meeting.proposed,
                                                    .kind = kind_of(meeting),
                                                    .business = {}});
  for (std::size_t i = 0; i < programme.items.size(); ++i) {
    const Item& item = programme.items[i];
    const auto& state = papers.states[i];
    if (!state) continue;  // not yet known on the as-of date
    const Titled name = titled(item, full.items.at(i));
    facts.items.emplace(item.id, ItemFacts{item.committee, name, to_string(state->status), state->meeting});
    const bool on_agenda = state->status == ItemStatus::booked || state->status == ItemStatus::taken;
    if (!on_agenda) continue;
    if (auto at = facts.meetings.find(state->meeting); at != facts.meetings.end())
      at->second.business.push_back({item.id, name, item.pages});
  }
  for (const CommitteePlan& part : plan.committees)
    for (const Flag& flag : part.flags) {
      if (flag.severity != FlagSeverity::critical) continue;
      facts.critical.emplace(to_string(flag.kind) + "/" + flag.link,
                             FlagFacts{flag.committee, flag.message, flag.link_kind == LinkKind::meeting ? flag.link : ""});
    }
  return facts;
}

}  // namespace agendad::changes
