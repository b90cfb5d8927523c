#pragma once
// The views of every committee (/calendars/all.ics, /flags.html and .json, the index), put
// together from each committee's part of them: a committee's parts are kept with its pages while
// its part of the plan is unchanged (kept_pages.hpp), so a clerk's edit to one committee makes
// that committee's parts again, not the council's.
#include <map>
#include <memory>
#include <string>

#include "daemon/site/render_jobs.hpp"
#include "feeds/ical/feed.hpp"
#include "feeds/pages/flags_page.hpp"
#include "feeds/pages/page_options.hpp"

namespace agendad::site {

struct Reader;
struct Shared;

// What each committee adds to the views of every committee, by committee id.
struct CommitteeViewParts {
  template <class Part>
  using ByCommittee = std::map<std::string, std::shared_ptr<const Part>, std::less<>>;
  ByCommittee<ical::EventTexts> events;  // all.ics's
  ByCommittee<pages::FlagsPart> flags;   // the flags page's, in both formats
  ByCommittee<std::string> index;        // the index's sections
};

// Each writes the parts it has to the reader's `views_made` (each its own member, so that the
// three may run at once) and takes the kept committees' from its `kept_views`.
std::string all_calendar(const Reader& reader, const Shared& shared, const ical::FeedOptions& options);
Bodies flags_pages(const Reader& reader);  // HTML, then JSON
std::string index_page(const Reader& reader, const Shared& shared, const pages::PageOptions& options);

}  // namespace agendad::site
