#include "feeds/drafts/neighbours.hpp"

namespace agendad::drafts {

using planner::Date, planner::Meeting, planner::MeetingStatus, planner::Programme, planner::WallTime;

bool counts_as_meeting(const Meeting& meeting) {
  return is_formal(meeting) && meeting.status != MeetingStatus::cancelled && !meeting.proposed;
}

namespace {
bool earlier(const Meeting& a, const Meeting& b) {
  if (a.date != b.date) return a.date < b.date;
  return a.start.value_or(WallTime{}) < b.start.value_or(WallTime{});
}
}  // namespace

const Meeting* previous_meeting(const Programme& programme, const Meeting& meeting) {
  const Meeting* found = nullptr;
  for (const Meeting* candidate : programme.meetings_of(meeting.committee))
    if (candidate != &meeting && counts_as_meeting(*candidate) && earlier(*candidate, meeting) &&
        (!found || earlier(*found, *candidate)))
      found = candidate;
  return found;
}

const Meeting* next_meeting(const Programme& programme, const Meeting& meeting) {
  const Meeting* found = nullptr;
  for (const Meeting* candidate : programme.meetings_of(meeting.committee))
    if (candidate != &meeting && counts_as_meeting(*candidate) && earlier(meeting, *candidate) &&
        (!found || earlier(*candidate, *found)))
      found = candidate;
  return found;
}

const Meeting* next_meeting_from(const Programme& programme, std::string_view committee, Date from) {
  const Meeting* found = nullptr;
  for (const Meeting* candidate : programme.meetings_of(committee))
    if (counts_as_meeting(*candidate) && candidate->date >= from && (!found || earlier(*candidate, *found)))
      found = candidate;
  return found;
}

}  // namespace agendad::drafts
