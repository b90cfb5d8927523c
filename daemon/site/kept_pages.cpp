#include "daemon/site/kept_pages.hpp"

#include <algorithm>

namespace agendad::site {

ReaderPages reader_pages(std::shared_ptr<const planner::PlannedProgramme> planned) {
  auto parts = std::make_shared<const planner::CommitteeParts>(planned->programme);
  return ReaderPages{std::move(planned), std::move(parts), {}, {}};
}

bool same_beyond_programme(const RenderedFrom& a, const RenderedFrom& b) {
  return a.calendar == b.calendar && a.papers == b.papers && a.as_of == b.as_of && a.base_url == b.base_url &&
         a.member_tokens == b.member_tokens;
}

namespace {

// The SEQUENCE state of one committee's part, the same in both: its meetings', and whatever the
// deadlines feed finds under its items' ids (it looks items up in the meetings' state too).
bool same_revisions(const planner::Programme& programme, const planner::CommitteeParts::Part& part,
                    const ical::SequenceState& a, const ical::SequenceState& b) {
  const auto same = [&](const std::string& id) {
    const auto in_a = a.meetings.find(id);
    const auto in_b = b.meetings.find(id);
    if (in_a == a.meetings.end() || in_b == b.meetings.end())
      return (in_a == a.meetings.end()) == (in_b == b.meetings.end());
    return in_a->second == in_b->second;
  };
  return std::all_of(part.meetings.begin(), part.meetings.end(),
                     [&](std::size_t m) { return same(programme.meetings[m].id); }) &&
         std::all_of(part.items.begin(), part.items.end(), [&](std::size_t i) { return same(programme.items[i].id); });
}

}  // namespace

std::set<std::string, std::less<>> committees_unchanged(const ReaderPages& last, const ical::SequenceState& last_state,
                                                      const ReaderPages& now, const ical::SequenceState& state) {
  std::set<std::string, std::less<>> unchanged;
  if (!last.planned || !now.planned || last_state.floor != state.floor ||
      !planner::same_council_part(*last.planned, *now.planned))
    return unchanged;
  const planner::Programme& programme = now.planned->programme;
  for (const auto& committee : programme.committees) {
    if (!last.by_committee.contains(committee.id)) continue;
    // The parts are equal when compared, so one programme's ids name both's.
    if (planner::same_committee_part(*last.planned, *last.parts, *now.planned, *now.parts, committee.id) &&
        same_revisions(programme, now.parts->of(committee.id), last_state, state))
      unchanged.insert(committee.id);
  }
  return unchanged;
}

ResourcesByCommittee made_by_committee(const std::vector<RenderJob>& jobs, bool members, const Resources& made) {
  std::map<std::string, CommitteeResources, std::less<>> by_committee;
  for (const RenderJob& job : jobs) {
    if (job.members != members || job.committee.empty()) continue;
    auto& resources = by_committee[job.committee];
    for (const Output& output : job.outputs)
      if (const auto found = made.find(output.path); found != made.end()) resources.emplace_back(output.path, found->second);
  }
  ResourcesByCommittee shared;
  for (auto& [committee, resources] : by_committee)
    shared.emplace(committee, std::make_shared<const CommitteeResources>(std::move(resources)));
  return shared;
}

}  // namespace agendad::site
