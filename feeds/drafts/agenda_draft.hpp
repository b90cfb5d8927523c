#pragma once
// The agenda front sheet of one meeting as values, built once and then written out as HTML,
// text, Markdown or JSON. Exempt information is decided here and only here: a public draft never
// holds an exempt item's full title, detail or id, so no renderer can leak them.
#include <optional>
#include <string>
#include <vector>

#include "feeds/drafts/pagination.hpp"
#include "planner/model/programme.hpp"
#include "planner/rules/plan.hpp"

namespace agendad::drafts {

struct AgendaEntry {
  int number = 0;
  std::string key;    // the standing item's key or the item's id; "exempt-item" for exempt items in public
  std::string title;  // an exempt item's public title unless this is the members' version
  std::string text;   // the description; empty for an exempt item in public
  std::vector<std::string> includes;       // sub-items listed under it
  std::optional<PageRange> pages;
  std::string exempt_note;      // "Exempt under paragraph 3 of Part I of Schedule 12A ..."
  std::string published_title;  // members' version of an exempt item: the title the public sees
  std::vector<std::string> resolutions;    // the exclusion item: one per exempt item
  // The pack document the entry introduces: a standing document's key (minutes, work_programme),
  // "item" for an item's report; empty when it introduces none.
  std::string document;
  bool proposed = false;  // the planner proposes the item for this meeting: not business agreed
};

struct AgendaDraft {
  std::string committee_id;
  std::string committee_name;
  std::string meeting_id;
  planner::Date date;
  std::optional<planner::WallTime> start;
  std::string kind;    // ordinary, extraordinary, workshop, joint
  std::string status;  // scheduled, cancelled, moved
  bool confirmed = true;
  bool proposed = false;
  bool members = false;
  std::vector<std::string> marks;  // what a reader must see first: proposed, provisional, cancelled
  std::string heading;             // IMPROVING LIVES SELECT COMMISSION
  std::string date_and_time;       // Tuesday 17 September 2024 at 10.00 a.m.
  std::string venue;               // Rotherham Town Hall, The Crofts, Moorgate Street, Rotherham. S60 2TH
  bool start_confirmed = false;    // the papers give the start; else date_and_time says "to be confirmed"
  bool venue_confirmed = false;    // likewise the venue
  std::vector<planner::Member> member_list;  // the membership on the meeting's date
  std::string membership;          // Councillors Pitchley (Chair), Knight (Vice-Chair), ... and Sutton.
  std::vector<std::string> membership_notes;  // changes whose day is to be confirmed
  std::optional<planner::Attendance> attendance;  // as the minutes record it, once they do
  std::vector<std::string> notices;
  std::string webcast_url;
  std::vector<AgendaEntry> entries;    // the business agreed: standing items and items booked
  std::vector<AgendaEntry> proposals;  // the planner's proposals for the meeting, unnumbered, marked proposed
  bool is_draft = true;                // until the publication date has gone by (as of the plan's date)
  std::optional<planner::Date> publication;  // the day the agenda must be out by, when the plan knows it
  std::optional<planner::Date> next_meeting_date;
  std::string next_meeting;          // the sentence at the foot; empty when none is known
  std::vector<std::string> sign_off;  // SHARON KEMP OBE, / Chief Executive.
  std::optional<int> pack_pages;
  std::vector<int> blank_pages;
  std::vector<std::string> notes;  // what the draft lacks, for the governance advisor
};

// The business agreed alone, as the published pack's front sheet has it.
AgendaDraft draft_agenda(const planner::Programme& programme, const planner::Meeting& meeting, bool members);

// The draft as every view shows it: the business agreed, then apart from it the plan's proposals
// for the meeting; marked DRAFT until its publication date has gone by as of the plan's date.
AgendaDraft draft_agenda(const planner::Programme& programme, const planner::Plan& plan,
                         const planner::Meeting& meeting, bool members);

// "7. Ofsted Focused Visit Outcome (Pages 17 - 21)", as the front sheet heads each item.
std::string heading_line(const AgendaEntry& entry);

// "Exempt under paragraph 3 of Part I of Schedule 12A to the Local Government Act 1972"
std::string exempt_note(int paragraph);

}  // namespace agendad::drafts
