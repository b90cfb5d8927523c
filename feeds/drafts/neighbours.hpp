#pragma once
// The meetings an agenda refers to: the previous one (whose minutes it approves) and the next
// (announced at its foot). Only formal meetings that will or did take place count: workshops,
// cancelled meetings and the planner's own proposals are skipped.
#include "planner/model/programme.hpp"

namespace agendad::drafts {

bool counts_as_meeting(const planner::Meeting& meeting);
const planner::Meeting* previous_meeting(const planner::Programme& programme, const planner::Meeting& meeting);
const planner::Meeting* next_meeting(const planner::Programme& programme, const planner::Meeting& meeting);
// The committee's first such meeting on or after a date (for the index page).
const planner::Meeting* next_meeting_from(const planner::Programme& programme, std::string_view committee,
                                          planner::Date from);

}  // namespace agendad::drafts
