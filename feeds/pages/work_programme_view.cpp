#include <cctype>

#include "feeds/pages/work_programme.hpp"
#include "planner/rules/plan.hpp"

namespace agendad::pages {

using planner::Action, planner::Committee, planner::CommitteePlan, planner::Date, planner::Item, planner::ItemState,
    planner::ItemStatus, planner::Meeting, planner::MeetingKind, planner::MeetingStatus, planner::Member, planner::Plan,
    planner::Programme, planner::ProgrammeAsOf, planner::Proposal, planner::Proposals, planner::Question,
    planner::SelectionCriteria, planner::Unplaced, planner::UnplacedReasons, planner::day_month_year, planner::long_date, planner::month_name;

namespace {

std::string councillor(const Member* member) {
  if (!member) return "";
  return "Cllr " + (member->full_name.empty() ? member->name : member->full_name);
}

std::vector<std::string> meeting_marks(const Meeting& meeting) {
  std::vector<std::string> marks;
  if (meeting.status == MeetingStatus::cancelled) marks.push_back("Cancelled");
  if (meeting.status == MeetingStatus::moved && !meeting.moves.empty())
    marks.push_back("Moved from " + short_date(meeting.moves.back().from_date));
  if (!meeting.confirmed) marks.push_back("Provisional date");
  if (meeting.proposed) marks.push_back("Meeting proposed by the planner");
  if (meeting.kind == MeetingKind::joint) marks.push_back("Joint meeting");
  return marks;
}

WorkProgrammeItem listed(const Item& item, std::string status, bool members) {
  WorkProgrammeItem entry{drafts::item_ref(item, members, true), {}, std::move(status)};
  if (!item.exempt || members) entry.includes = item.includes;
  return entry;
}

// The status column of "Items for Scheduling": the work programme's own words where it has them.
std::string scheduling_status(const ItemState& state, const Programme& programme) {
  if (!state.note.empty()) return state.note;
  switch (state.status) {
    case ItemStatus::awaiting_date: return "Awaiting Date";
    case ItemStatus::deferred: return "Deferred" + (state.reason.empty() ? "" : ": " + state.reason);
    case ItemStatus::booked:
      if (const Meeting* meeting = programme.meeting(state.meeting))
        return "Workshop on " + long_date(meeting->date);
      return "Booked";
    default: return to_string(state.status);
  }
}

void add_selection(WorkProgrammeView& view, const SelectionCriteria& selection) {
  if (!selection.endorsed_by.empty())
    view.endorsement = "The following principles were endorsed by " + selection.endorsed_by +
                       (selection.endorsed_on ? " at its meeting of " + day_month_year(*selection.endorsed_on) : "") +
                       " as criteria to long/short list each of the commission's respective priorities:";
  view.starting_point = selection.starting_point;
  for (const Question& question : selection.longlisting) view.longlisting.push_back(question.text);
  for (const Question& question : selection.topic) {
    // T, O, P, I, C: the letter is the initial of each criterion's key.
    std::string letter(1, static_cast<char>(std::toupper(static_cast<unsigned char>(question.key.empty() ? '?' : question.key[0]))));
    view.shortlisting.push_back(letter + ": " + question.text);
  }
}

// The table of formal meetings and the substantive items booked on them. Returns, by item, which
// are in the table (so not among the Items for Scheduling), substantive or not.
std::vector<bool> add_meetings(WorkProgrammeView& view, const Programme& programme, const ProgrammeAsOf& papers,
                               const Committee& committee, bool members) {
  std::vector<bool> in_table(programme.items.size(), false);
  for (const Meeting* meeting : programme.meetings_of(committee.id)) {
    if (!is_formal(*meeting)) continue;
    WorkProgrammeMeeting row{meeting->id, meeting->date, short_date(meeting->date), meeting_marks(*meeting), {}};
    if (auto booked = papers.booked.find(meeting->id); booked != papers.booked.end())
      for (std::size_t index : booked->second) {
        const Item& item = programme.items[index];
        if (item.committee != committee.id && meeting->committee != committee.id) continue;
        in_table[index] = true;
        if (is_substantive(item)) row.items.push_back(listed(item, to_string(papers.states[index]->status), members));
      }
    view.meetings.push_back(std::move(row));
  }
  return in_table;
}

void add_for_scheduling(WorkProgrammeView& view, const Programme& programme, const ProgrammeAsOf& papers,
                        const Committee& committee, bool members, const std::vector<bool>& in_table) {
  for (const Item* own : programme.items_of(committee.id)) {  // the index's, not a scan of the council's
    const Item& item = *own;
    const auto i = static_cast<std::size_t>(own - programme.items.data());
    const auto& state = papers.states[i];
    if (!state || in_table[i]) continue;
    bool on_workshop = state->status == ItemStatus::booked;  // booked, but not on a formal meeting
    if (on_programme(state->status) || on_workshop)
      view.for_scheduling.push_back(listed(item, scheduling_status(*state, programme), members));
  }
}

void add_proposals(WorkProgrammeView& view, const Programme& programme, const Plan& plan, const Committee& committee,
                   bool members) {
  const CommitteePlan* part = committee_plan(plan, programme, committee.id);
  if (!part) return;
  const Proposals& proposals = part->proposals;
  for (const Proposal& proposal : proposals.proposals) {
    const Meeting* meeting = programme.meeting(proposal.meeting);
    if (!meeting) continue;
    view.proposals.push_back({drafts::item_ref(programme.items[proposal.item], members, true), meeting->id, meeting->date,
                              explain(programme, proposals, proposal)});
  }
  UnplacedReasons why(programme, proposals);
  for (const Unplaced& unplaced : proposals.unplaced)
    view.unplaced.push_back({drafts::item_ref(programme.items[unplaced.item], members, true), why(unplaced)});
}

// The actions owed and not done, from meetings whose minutes were written by the as-of date.
void add_actions(WorkProgrammeView& view, const Programme& programme, const Committee& committee) {
  for (const Action* owed : programme.actions_of(committee.id)) {
    const Action& action = *owed;
    if (action.done) continue;
    std::string from;
    const Meeting* meeting = programme.meeting(action.meeting);
    if (meeting && view.as_of < meeting->date) continue;  // its minutes were not yet written
    if (meeting) {
      from = "the meeting of " + day_month_year(meeting->date);
      if (action.minute) from += ", minute " + std::to_string(*action.minute);
    }
    view.actions.push_back({action.id, action.owed, action.owed_to, action.due, from});
  }
}

}  // namespace

std::string short_date(Date date) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%02u-%s-%02d", static_cast<unsigned>(date.day()),
                month_name(date.month()).substr(0, 3).c_str(), static_cast<int>(date.year()) % 100);
  return buffer;
}

WorkProgrammeView work_programme_view(const Programme& programme, const Plan& plan, const ProgrammeAsOf& papers,
                                      const Committee& committee, bool members) {
  WorkProgrammeView view;
  view.committee_id = committee.id;
  view.committee_name = committee.name;
  view.as_of = papers.as_of;
  view.members = members;
  view.title = committee.work_programme_title.empty() ? committee.name + " – Work Programme" : committee.work_programme_title;
  view.chair = councillor(committee.chair());
  view.vice_chair = councillor(committee.vice_chair());
  view.governance_advisor = committee.governance_advisor;
  view.link_officer = committee.link_officer;
  add_selection(view, programme.council.selection);
  const std::vector<bool> in_table = add_meetings(view, programme, papers, committee, members);
  add_for_scheduling(view, programme, papers, committee, members, in_table);
  add_proposals(view, programme, plan, committee, members);
  add_actions(view, programme, committee);
  return view;
}

std::string render_work_programme(const Programme& programme, const Plan& plan, const Committee& committee,
                                  urls::PageFormat format, const PageOptions& options) {
  WorkProgrammeView view = work_programme_view(programme, plan, programme_as_of(programme, plan.as_of), committee, options.members);
  return format == urls::PageFormat::json ? work_programme_json(view) : work_programme_html(view);
}

}  // namespace agendad::pages
