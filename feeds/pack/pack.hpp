#pragma once
// The agenda pack of one meeting: the PDF a council publishes. The front sheet agendad typesets,
// then each paper in agenda order; the front sheet's page ranges are computed from the pages as
// assembled. Values in (the programme, the papers' bytes), bytes out: nothing here reads a file.
#include <string>
#include <vector>

#include <tl/expected.hpp>

#include "feeds/pack/typeset.hpp"
#include "feeds/drafts/agenda_draft.hpp"
#include "planner/model/programme.hpp"
#include "planner/rules/as_of.hpp"
#include "planner/rules/planning_calendar.hpp"
#include "planner/sources/papers.hpp"

namespace agendad::pack {

struct AgendaPack {
  std::string pdf;          // the whole pack
  std::string front_sheet;  // the front sheet alone, with the same page ranges
  int pages = 0;
  drafts::AgendaDraft draft;           // as typeset: its ranges are the pack's
  std::vector<std::string> to_follow;  // "2. Minutes of the Previous Meeting": reports not supplied
  bool complete() const { return to_follow.empty(); }
};

// One document of a pack: a paper's PDFs, or the blocks agendad typesets in its place (the
// Work Programme, "Report to follow", an exempt item's public page).
struct PackDocument {
  std::size_t entry = 0;           // in the draft's entries
  std::vector<std::string> pdfs;   // the paper and its appendices, in order
  int paper_pages = 0;             // theirs, all together
  std::vector<Block> blocks;       // typeset when there are no pdfs
  bool to_follow = false;
};

// What a pack is made from, gathered without typesetting: equal specs make byte-equal packs, so
// a daemon can keep the packs whose spec did not change from one load to the next.
struct PackSpec {
  drafts::AgendaDraft draft;  // its ranges are laid out when the pack is made
  std::vector<PackDocument> documents;
  std::string council;
};

PackSpec pack_spec(const planner::Programme& programme, const planner::PlanningCalendar& calendar,
                   const planner::sources::PaperFiles& papers, const planner::Meeting& meeting, bool members);

// The day whose programme a meeting's pack records (its Summary Work Programme as it stood before
// the meeting): the day before it.
planner::Date day_before(const planner::Meeting& meeting);
// The same, given `as_it_stood`: programme_as_of(programme, day_before(meeting)), which every pack
// of that day may share: it is of the whole programme, so a large council makes it once a day, not
// once a pack.
PackSpec pack_spec(const planner::Programme& programme, const planner::PlanningCalendar& calendar,
                   const planner::sources::PaperFiles& papers, const planner::Meeting& meeting, bool members,
                   const planner::ProgrammeAsOf& as_it_stood);

// Every byte the pack is made from, length-prefixed: equal keys, equal packs.
std::string spec_key(const PackSpec& spec);

tl::expected<AgendaPack, std::string> make_pack(PackSpec spec);

// The public pack leaves exempt papers out, a page with the item's public title and Schedule 12A
// paragraph in their place; `members` puts them in.
tl::expected<AgendaPack, std::string> make_pack(const planner::Programme& programme,
                                                const planner::PlanningCalendar& calendar,
                                                const planner::sources::PaperFiles& papers,
                                                const planner::Meeting& meeting, bool members);

}  // namespace agendad::pack
