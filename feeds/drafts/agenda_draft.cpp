#include "feeds/drafts/agenda_draft.hpp"

#include <algorithm>
#include <limits>

#include "feeds/drafts/agenda_membership.hpp"
#include "feeds/drafts/item_ref.hpp"
#include "feeds/drafts/neighbours.hpp"
#include "planner/model/membership.hpp"
#include "planner/rules/paper.hpp"

namespace agendad::drafts {

using planner::Committee, planner::CommitteePlan, planner::Council, planner::Date, planner::Item, planner::ItemState,
    planner::ItemStatus, planner::Meeting, planner::MeetingKind, planner::MeetingPlan, planner::MeetingStatus,
    planner::Plan, planner::Programme, planner::Proposal, planner::StandingItem, planner::Venue, planner::WallTime,
    planner::day_month_year, planner::long_date, planner::to_be_confirmed;

namespace {

std::string upper(std::string text) {
  for (char& c : text)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return text;
}

std::string replace_all(std::string text, std::string_view from, std::string_view to) {
  for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}


std::string date_and_time(Date date, std::optional<WallTime> start) {
  return long_date(date) + (start ? " at " + agenda_time(*start) : ", time to be confirmed");
}

std::string next_meeting_sentence(const Programme& programme, const Meeting& next, const std::string& committee_name) {
  std::string sentence = "The next meeting of the " + committee_name + " will be held on " + long_date(next.date);
  if (auto start = next.start) sentence += " commencing at " + agenda_time(*start);
  const Venue* venue = programme.venue(next.venue);
  if (venue) sentence += " in " + venue->name;
  const bool time_assumed = next.start && next.start_assumed, place_assumed = venue && next.venue_assumed;
  if (time_assumed || place_assumed)
    sentence += time_assumed && place_assumed ? " (time and place to be confirmed)"
                : time_assumed                ? " (time to be confirmed)"
                                              : " (place to be confirmed)";
  sentence += ".";
  if (!next.confirmed) sentence += " (This date is provisional.)";
  return sentence;
}

std::string resolution(const AgendaEntry& entry, int paragraph) {
  return "Recommended:- That under Section 100A(4) of the Local Government Act 1972, the press and public be "
         "excluded from the meeting for item " + std::to_string(entry.number) + " (" + entry.title +
         ") on the grounds that it involves the likely disclosure of exempt information as defined in paragraph " +
         std::to_string(paragraph) + " of Part I of Schedule 12A to the Local Government Act 1972 (as amended).";
}

AgendaEntry standing_entry(const StandingItem& standing, const Programme& programme, const Meeting& meeting,
                           std::vector<std::string>& notes) {
  AgendaEntry entry;
  entry.key = standing.key;
  entry.title = standing.title;
  entry.text = standing.text;
  if (entry.text.find("{previous_meeting}") != std::string::npos) {
    const Meeting* previous = previous_meeting(programme, meeting);
    if (!previous) notes.push_back("No earlier meeting is known, so the date of the previous meeting is left blank.");
    entry.text = replace_all(entry.text, "{previous_meeting}",
                             previous ? day_month_year(previous->date) : "[date of the previous meeting]");
  }
  return entry;
}

AgendaEntry item_entry(const Item& item, bool members) {
  ItemRef ref = item_ref(item, members);
  AgendaEntry entry;
  entry.key = ref.id.empty() ? "exempt" : ref.id;
  entry.title = ref.title;
  if (item.exempt) entry.exempt_note = exempt_note(item.exempt->paragraph);
  if (item.exempt && !members) return entry;  // no description or sub-items: they are the detail
  entry.text = item.description;
  entry.includes = item.includes;
  if (item.exempt) entry.published_title = item.exempt->public_title;
  return entry;
}

// The items booked on or taken at the meeting. Taken items come in the order their minutes
// number them (the order they were taken); booked ones stay in configuration order after them.
std::vector<const Item*> business(const Programme& programme, const Meeting& meeting) {
  std::vector<const Item*> items = programme.items_on(meeting.id);
  auto order = [](const Item* item) {
    const ItemState& now = item->current();
    return now.status == ItemStatus::taken && now.minute ? *now.minute : std::numeric_limits<int>::max();
  };
  std::stable_sort(items.begin(), items.end(), [&](const Item* a, const Item* b) { return order(a) < order(b); });
  return items;
}

// The pack's documents in agenda order: which entry each introduces and its page count.
struct PackDocument {
  std::size_t entry = 0;
  std::optional<int> pages;
};

// The exclusion item carries one resolution per exempt item; without one, the clerk is told.
void exclude_press_and_public(AgendaDraft& draft, const std::vector<std::pair<std::size_t, int>>& exempt_entries) {
  if (exempt_entries.empty()) return;
  auto exclusion = std::find_if(draft.entries.begin(), draft.entries.end(),
                                [](const AgendaEntry& e) { return e.key == "exclusion"; });
  if (exclusion == draft.entries.end()) {
    draft.notes.push_back("The agenda holds exempt items but the committee has no standing item \"exclusion\" "
                          "to carry the resolution to exclude the press and public.");
    return;
  }
  for (auto [index, paragraph] : exempt_entries)
    exclusion->resolutions.push_back(resolution(draft.entries[index], paragraph));
}

// Page ranges for the entries that introduce a document, and a note for every missing count.
void paginate(AgendaDraft& draft, const Meeting& meeting, const std::vector<PackDocument>& documents) {
  std::optional<int> front_sheet;
  if (auto found = meeting.document_pages.find("front_sheet"); found != meeting.document_pages.end())
    front_sheet = found->second;
  std::vector<std::optional<int>> counts;
  counts.reserve(documents.size());
  for (const PackDocument& document : documents) counts.push_back(document.pages);
  PackLayout layout = lay_out_pack(front_sheet, counts);
  if (!front_sheet && !documents.empty())
    draft.notes.push_back("No page count for the front sheet (pages: front_sheet), so the pack cannot be numbered.");
  bool counted = front_sheet.has_value();
  for (std::size_t i = 0; i < documents.size(); ++i) {
    AgendaEntry& entry = draft.entries[documents[i].entry];
    entry.pages = layout.documents[i];
    if (documents[i].pages) continue;
    draft.notes.push_back("No page count for item " + std::to_string(entry.number) + " (" + entry.title + ")" +
                          (counted ? ", so it and the documents after it have no page range." : "."));
    counted = false;
  }
  draft.pack_pages = layout.total_pages;
  draft.blank_pages = layout.blank_pages;
}

// The parts of the plan that plan the meeting, in the plan's order: its committee's and, for a
// joint meeting, the other committee's. No other part can hold it or propose items onto it.
std::vector<const CommitteePlan*> parts_planning(const Programme& programme, const Plan& plan, const Meeting& meeting) {
  std::vector<const CommitteePlan*> parts;
  for (const std::string* id : {&meeting.committee, &meeting.joint_with})
    if (const CommitteePlan* part = id->empty() ? nullptr : committee_plan(plan, programme, *id);
        part && std::find(parts.begin(), parts.end(), part) == parts.end())
      parts.push_back(part);
  std::sort(parts.begin(), parts.end());  // pointers into the one vector of parts: the plan's order
  return parts;
}

// The meeting's timetable as the plan has it (a joint meeting's under either committee).
const MeetingPlan* meeting_plan(const std::vector<const CommitteePlan*>& parts, const Meeting& meeting) {
  for (const CommitteePlan* part : parts)
    for (const MeetingPlan& candidate : part->proposals.meetings)
      if (candidate.meeting->id == meeting.id) return &candidate;
  return nullptr;
}

std::vector<std::string> marks_for(const Meeting& meeting, bool members) {
  std::vector<std::string> marks;
  if (members)
    marks.push_back("Members' version: contains exempt information under Schedule 12A to the Local Government Act "
                    "1972. Not for publication.");
  if (meeting.proposed) marks.push_back("Proposed by the planner: this meeting has not been agreed.");
  if (!meeting.confirmed) marks.push_back("Provisional: the date of this meeting is still to be confirmed.");
  if (meeting.status == MeetingStatus::cancelled)
    marks.push_back("Cancelled" + (meeting.status_reason.empty() ? std::string(".") : ": " + meeting.status_reason));
  if (meeting.status == MeetingStatus::moved && !meeting.moves.empty())
    marks.push_back("Moved from " + long_date(meeting.moves.back().from_date) +
                    (meeting.moves.back().reason.empty() ? std::string(".") : ": " + meeting.moves.back().reason));
  if (meeting.kind == MeetingKind::workshop)
    marks.push_back("Workshop: an informal session, not a formal meeting; it has no agenda pack.");
  return marks;
}

// The front sheet's particulars: which committee meets, when, where, and who sits on it.
void describe_meeting(AgendaDraft& draft, const Programme& programme, const Committee* committee,
                      const Meeting& meeting, bool members) {
  draft.committee_id = meeting.committee;
  draft.committee_name = programme.body_name(meeting.committee);
  draft.meeting_id = meeting.id;
  draft.date = meeting.date;
  draft.start = meeting.start;  // the loader gave formal meetings the committee's usual start
  draft.kind = to_string(meeting.kind);
  draft.status = to_string(meeting.status);
  draft.confirmed = meeting.confirmed;
  draft.proposed = meeting.proposed;
  draft.members = members;
  draft.marks = marks_for(meeting, members);
  draft.heading = upper(draft.committee_name);
  draft.date_and_time = date_and_time(meeting.date, draft.start);
  draft.start_confirmed = draft.start && !meeting.start_assumed;
  if (draft.start && meeting.start_assumed) draft.date_and_time += to_be_confirmed;
  if (const Venue* venue = programme.venue(meeting.venue)) {
    draft.venue = name_and_address(*venue);
    draft.venue_confirmed = !meeting.venue_assumed;
    if (meeting.venue_assumed) draft.venue += to_be_confirmed;
  } else {
    draft.venue = "To be confirmed";
    draft.notes.push_back("No venue is known for this meeting.");
  }
  if (!meeting.format.empty()) draft.venue += "; " + meeting.format;
  if (committee) {
    draft.member_list = membership_on(*committee, meeting.date);
    draft.membership = membership_line(draft.member_list);
    draft.membership_notes = membership_notes(*committee, meeting.date);
  }
  draft.attendance = meeting.attendance;
}

// The council's notices on webcasting and recording the meeting.
void add_notices(AgendaDraft& draft, const Council& council, const Committee* committee, const Meeting& meeting) {
  // Only formal meetings follow the committee's webcasting: a workshop is webcast only if it says so.
  if (meeting.webcast.value_or(committee && committee->webcast && is_formal(meeting))) {
    if (!council.notices.webcast.empty()) draft.notices.push_back(council.notices.webcast);
    draft.webcast_url = council.notices.webcast_url;
  }
  if (!council.notices.recording.empty()) draft.notices.push_back(council.notices.recording);
}

// What adding the entries found out that the later steps need.
struct EntriesAdded {
  std::vector<PackDocument> documents;  // the pack's, in agenda order
  std::vector<std::pair<std::size_t, int>> exempt_entries;  // entry index, paragraph
};

// The numbered entries: a formal meeting's standing items around its business.
EntriesAdded add_entries(AgendaDraft& draft, const Programme& programme, const Committee* committee,
                         const Meeting& meeting, bool members) {
  const bool formal = is_formal(meeting);
  EntriesAdded added;
  std::vector<PackDocument>& documents = added.documents;
  auto add = [&](AgendaEntry entry) {
    entry.number = static_cast<int>(draft.entries.size()) + 1;
    draft.entries.push_back(std::move(entry));
  };
  auto add_standing = [&](const std::vector<StandingItem>& standing_items) {
    for (const StandingItem& standing : standing_items) {
      add(standing_entry(standing, programme, meeting, draft.notes));
      if (standing.document.empty()) continue;
      draft.entries.back().document = standing.document;
      auto found = meeting.document_pages.find(standing.document);
      documents.push_back({draft.entries.size() - 1,
                           found == meeting.document_pages.end() ? std::nullopt : std::optional<int>(found->second)});
    }
  };

  if (committee && formal) add_standing(committee->standing_before_business);
  for (const Item* item : business(programme, meeting)) {
    add(item_entry(*item, members));
    if (item->exempt) added.exempt_entries.emplace_back(draft.entries.size() - 1, item->exempt->paragraph);
    // An item that needs a paper is a document of the pack even before its page count is known.
    if (formal && (item->pages || needs_paper(*item))) {
      documents.push_back({draft.entries.size() - 1, item->pages});
      draft.entries.back().document = "item";
    }
  }
  if (committee && formal) add_standing(committee->standing_after_business);
  return added;
}

void announce_next_meeting(AgendaDraft& draft, const Programme& programme, const Meeting& meeting) {
  if (const Meeting* next = next_meeting(programme, meeting)) {
    draft.next_meeting_date = next->date;
    draft.next_meeting = next_meeting_sentence(programme, *next, draft.committee_name);
  } else if (is_formal(meeting)) {
    draft.notes.push_back("No later meeting is known, so the agenda does not announce the next one.");
  }
}

void sign_off(AgendaDraft& draft, const Council& council) {
  if (council.chief_executive.empty())
    draft.notes.push_back("No chief executive is configured to sign the front sheet.");
  else
    draft.sign_off = {council.chief_executive + ",", "Chief Executive."};
}

}  // namespace

std::string heading_line(const AgendaEntry& entry) {
  std::string line = std::to_string(entry.number) + ". " + entry.title;
  if (entry.pages) line += " (Pages " + std::to_string(entry.pages->first) + " - " + std::to_string(entry.pages->last) + ")";
  return line;
}

std::string exempt_note(int paragraph) {
  return "Exempt under paragraph " + std::to_string(paragraph) +
         " of Part I of Schedule 12A to the Local Government Act 1972";
}

AgendaDraft draft_agenda(const Programme& programme, const Meeting& meeting, bool members) {
  const Committee* committee = programme.committee(meeting.committee);
  AgendaDraft draft;
  describe_meeting(draft, programme, committee, meeting, members);
  add_notices(draft, programme.council, committee, meeting);
  const EntriesAdded added = add_entries(draft, programme, committee, meeting, members);
  exclude_press_and_public(draft, added.exempt_entries);
  if (is_formal(meeting)) paginate(draft, meeting, added.documents);
  announce_next_meeting(draft, programme, meeting);
  sign_off(draft, programme.council);
  return draft;
}

AgendaDraft draft_agenda(const Programme& programme, const Plan& plan, const Meeting& meeting, bool members) {
  AgendaDraft draft = draft_agenda(programme, meeting, members);
  const std::vector<const CommitteePlan*> parts = parts_planning(programme, plan, meeting);
  const MeetingPlan* timetable = meeting_plan(parts, meeting);
  if (timetable) draft.publication = timetable->dates.publication;
  // A meeting the plan has no timetable for stays a draft: nothing says it may be published.
  draft.is_draft = !timetable || !publication_passed(timetable->dates, plan.as_of);
  if (draft.is_draft)
    draft.marks.insert(draft.marks.begin(),
                       draft.publication ? "DRAFT: to be published by " + long_date(*draft.publication) + "." : "DRAFT.");
  for (const CommitteePlan* part : parts) {
    for (const Proposal& proposal : part->proposals.proposals) {
      if (proposal.meeting != meeting.id) continue;
      draft.proposals.push_back(item_entry(programme.items[proposal.item], members));
      draft.proposals.back().proposed = true;
    }
  }
  return draft;
}

}  // namespace agendad::drafts
