#include "planner/rules/public_view.hpp"

#include <set>

namespace agendad::planner {
namespace {

// An officer's words about a state, kept only where the council published them.
void withhold_notes(ItemState& state) {
  if (state.notes_public) return;
  state.note.clear();
  state.reason.clear();
  state.requested_by.clear();
}

void withhold_notes(Meeting& meeting) {
  if (meeting.notes_public) return;
  meeting.status_reason.clear();
  for (Move& move : meeting.moves) {
    move.reason.clear();
    move.requested_by.clear();
  }
}

// Everything of an exempt item but its public title and what places it at meetings.
void withhold_exempt_detail(Item& item, std::string public_id) {
  item.id = std::move(public_id);
  item.title = item.exempt->public_title;
  item.work_programme_title.clear();
  item.description.clear();
  item.includes.clear();
  item.lead_service.clear();
  item.lead_officer.clear();
  item.cabinet_member.clear();
  for (ItemState& state : item.history) {
    state.notes_public = false;  // the council cannot publish what Schedule 12A withholds
    withhold_notes(state);
    state.where = {};
  }
  item.longlisting.elsewhere.clear();
  if (item.constraints.due_before) item.constraints.due_before->why.clear();
  if (item.constraints.available_by) item.constraints.available_by->source.clear();
  item.papers.clear();  // their file names may say what the report is about; the count stays in pages
  item.where = {};
}

// The public ids of the exempt items, in configuration order; none is any item's real id.
std::vector<std::string> public_ids(const Programme& programme) {
  std::set<std::string> real;
  for (const Item& item : programme.items) real.insert(item.id);
  std::vector<std::string> ids;
  int next = 1;
  for (const Item& item : programme.items) {
    if (!item.exempt) continue;
    std::string id;
    do id = "exempt-item-" + std::to_string(next++);
    while (real.contains(id));
    ids.push_back(std::move(id));
  }
  return ids;
}

}  // namespace

Programme public_programme(const Programme& programme) {
  Programme shown = programme;  // a copy starts with no index: ids may be edited in place
  const auto ids = public_ids(programme);
  std::size_t n = 0;
  for (Item& item : shown.items) {
    if (item.exempt) withhold_exempt_detail(item, ids[n++]);
    else
      for (ItemState& state : item.history) withhold_notes(state);
  }
  for (Meeting& meeting : shown.meetings) withhold_notes(meeting);
  return shown;
}

}  // namespace agendad::planner
