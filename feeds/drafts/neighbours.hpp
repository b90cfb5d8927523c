#pragma once
// The meetings an agenda refers to: the previous one (whose minutes it approves) and the next
// (announced at its foot). Only formal meetings that will or did take place count: workshops,
// cancelled meetings and the planner's own proposals are skipped.
#include "planner/model/programme.hpp"

namespace agendad::drafts {

bool counts_as_meeting(const Meeting& meeting);
const Meeting* previous_meeting(const Programme& programme, const Meeting& meeting);
const Meeting* next_meeting(const Programme& programme, const Meeting& meeting);
// The committee's first such meeting on or after a date (for the index page).
const Meeting* next_meeting_from(const Programme& programme, std::string_view committee, Date from);

}  // namespace agendad::drafts
