#pragma once
// A committee's pages kept from one build to the next while its part of the plan is unchanged, so
// that a clerk's edit to one committee's file makes that committee's pages again, not the
// council's. What a committee's pages are made from is its part of the planned programme
// (planner/rules/plan_parts.hpp), the SEQUENCE state of its part's meetings, and what every page
// is made from besides (the calendar, the papers, the date, the base URL, the members' tokens:
// same_beyond_programme). The views of every committee (the index, the flags, all.ics, the year
// of every committee, the changes feeds) are made at every build.
#include <map>
#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "daemon/site/reader_jobs.hpp"
#include "daemon/site/render_jobs.hpp"
#include "daemon/site/rendered_from.hpp"
#include "daemon/site/snapshot.hpp"
#include "planner/rules/plan_parts.hpp"

namespace agendad::site {

using CommitteeResources = std::vector<std::pair<std::string, Resource>>;  // by path, as served
using ResourcesByCommittee = std::map<std::string, std::shared_ptr<const CommitteeResources>, std::less<>>;

// One reader's side of a build (the public's or the members'): its plan, where each committee's
// part is in it, and the resources each committee's own jobs made.
struct ReaderPages {
  std::shared_ptr<const planner::PlannedProgramme> planned;
  std::shared_ptr<const planner::CommitteeParts> parts;  // of planned->programme
  ResourcesByCommittee by_committee;  // shared from build to build while kept
  CommitteeViewParts views;  // each committee's parts of the views of every committee
};

ReaderPages reader_pages(std::shared_ptr<const planner::PlannedProgramme> planned);

// What every page is made from besides the programme, its plan and the feeds' state is the same.
bool same_beyond_programme(const RenderedFrom& a, const RenderedFrom& b);

// The committees of `now` whose pages `last` holds as `now` would make them: their parts are
// equal, and so is the SEQUENCE state of their parts' meetings.
std::set<std::string, std::less<>> committees_unchanged(const ReaderPages& last, const ical::SequenceState& last_state,
                                                      const ReaderPages& now, const ical::SequenceState& state);

// The resources of `made` (a snapshot's, of one reader) that the committees' jobs among `jobs` made.
ResourcesByCommittee made_by_committee(const std::vector<RenderJob>& jobs, bool members, const Resources& made);

}  // namespace agendad::site
