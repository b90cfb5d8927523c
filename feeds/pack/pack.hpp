#pragma once
// The agenda pack of one meeting: the PDF a council publishes. The front sheet agendad typesets,
// then each paper in agenda order; the front sheet's page ranges are computed from the pages as
// assembled. Values in (the programme, the papers' bytes), bytes out: nothing here reads a file.
#include <string>
#include <vector>

#include <tl/expected.hpp>

#include "feeds/pages/agenda_draft.hpp"
#include "planner/model/programme.hpp"
#include "planner/rules/planning_calendar.hpp"
#include "planner/sources/papers.hpp"

namespace agendad::pack {

struct AgendaPack {
  std::string pdf;          // the whole pack
  std::string front_sheet;  // the front sheet alone, with the same page ranges
  int pages = 0;
  pages::AgendaDraft draft;           // as typeset: its ranges are the pack's
  std::vector<std::string> to_follow;  // "2. Minutes of the Previous Meeting": reports not supplied
  bool complete() const { return to_follow.empty(); }
};

// The public pack leaves exempt papers out, a page with the item's public title and Schedule 12A
// paragraph in their place; `members` puts them in.
tl::expected<AgendaPack, std::string> make_pack(const Programme& programme, const PlanningCalendar& calendar,
                                                const sources::PaperFiles& papers, const Meeting& meeting,
                                                bool members);

}  // namespace agendad::pack
