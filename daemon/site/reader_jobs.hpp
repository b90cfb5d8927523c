#pragma once
// Every page and feed of one reader (the public, or members) as render jobs (render_jobs.hpp).
// The routes, each rendered for the public and, with exempt detail, for members (under
// /members/<token>):
//   /  and /index.html                                    pages::render_index
//   /agendas/<committee>/<YYYY-MM-DD>.html|.txt|.md|.json pages::render_agenda
//   /agendas/<committee>/<YYYY-MM-DD>.pdf, ...-pack.pdf   pack::make_pack (formal meetings)
//   /work-programme/<committee>.html|.json                pages::work_programme_view, _html, _json
//   /flags.html|.json                                     pages::render_flags
//   /calendars/<committee>.ics                            ical::render_committee_feed
//   /calendars/all.ics                                    ical::render_all_committees_feed
//   /calendars/<committee>-deadlines.ics                  ical::render_deadlines_feed
//   /year/<committee>.svg, /year/all.svg                  svg::render_year_picture
//   /changes/<committee>.atom, /changes/all.atom          changes::render_changes_feed
// (/healthz and /metrics are made per request by respond.cpp.)
#include <functional>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "daemon/site/pack_cache.hpp"
#include "daemon/site/render_jobs.hpp"
#include "feeds/changes/change_log.hpp"
#include "daemon/site/council_views.hpp"
#include "feeds/ical/sequence_state.hpp"
#include "planner/model/programme.hpp"
#include "planner/rules/as_of.hpp"
#include "planner/rules/plan.hpp"
#include "planner/rules/planning_calendar.hpp"
#include "planner/sources/papers.hpp"

namespace agendad::site {

// What one reader's pages are made from. The public's programme is public_programme's
// (planner/rules/public_view.hpp): every private value is gone before any renderer sees it, so
// no renderer's `members` flag keeps a secret. The members' is the programme as loaded.
struct Reader {
  bool members = false;
  const planner::Programme& programme;
  const planner::Plan& plan;
  const planner::ProgrammeAsOf& papers;  // the programme as it stood on the as-of date
  // Whether a committee's own pages are made (empty: every committee's); the others' are kept
  // from the last build. The views of every committee are always made.
  std::function<bool(std::string_view committee)> makes_pages_of = {};

  // The views of every committee are put together from each committee's parts
  // (council_views.hpp): those of the committees whose pages are kept are taken from
  // `kept_views` (the last build's); the parts this build has are written to `views_made`.
  const CommitteeViewParts* kept_views = nullptr;
  CommitteeViewParts* views_made = nullptr;

  bool makes(std::string_view committee) const { return !makes_pages_of || makes_pages_of(committee); }
};

// What every reader's pages share: the planning calendar, the feeds' state, where links point,
// the agenda packs, and the library used one thread at a time.
struct Shared {
  const planner::PlanningCalendar& calendar;
  const planner::sources::PaperFiles& paper_files;
  const ical::SequenceState& sequence_state;
  const changes::ChangeLog& change_log;
  const std::string& base_url;
  planner::Date as_of;
  PackCache& packs;          // used from every render thread at once
  std::mutex& libical_lock;  // libical keeps global state
};

// The jobs render references to `reader` and `shared`: both must outlive them.
std::vector<RenderJob> reader_jobs(const Reader& reader, const Shared& shared);

}  // namespace agendad::site
