#pragma once
// The pages agendad writes itself, as blocks for the typesetter: the front sheet (the same
// content as the HTML agenda draft), the Summary Work Programme, and the single pages that stand
// in for a paper (not yet supplied, exempt, or the blank before an odd page).
#include <string>
#include <vector>

#include "feeds/pack/typeset.hpp"
#include "feeds/drafts/agenda_draft.hpp"
#include "feeds/pages/work_programme.hpp"

namespace agendad::pack {

std::vector<Block> front_sheet_blocks(const drafts::AgendaDraft& draft);
std::vector<Block> work_programme_blocks(const pages::WorkProgrammeView& view);

// "7. Ofsted Focused Visit Outcome" / "Report to follow".
std::vector<Block> report_to_follow_blocks(const drafts::AgendaEntry& entry);
// The public pack's page for an exempt item: its public title and Schedule 12A paragraph.
std::vector<Block> exempt_blocks(const drafts::AgendaEntry& entry);

}  // namespace agendad::pack
