#include "daemon/site/council_views.hpp"

#include <string_view>
#include <vector>

#include "daemon/site/reader_jobs.hpp"
#include "feeds/pages/index_page.hpp"

namespace agendad::site {

using planner::Meeting;

namespace {

// The committee's part, the last build's where its pages are kept, else made.
template <class Part, class Make>
std::shared_ptr<const Part> part_of(const Reader& reader, const CommitteeViewParts::ByCommittee<Part>* kept,
                                    std::string_view committee, Make make) {
  if (kept && !reader.makes(committee))
    if (const auto found = kept->find(committee); found != kept->end()) return found->second;
  return std::make_shared<const Part>(make());
}

template <class Part>
const CommitteeViewParts::ByCommittee<Part>* kept_of(const Reader& reader,
                                                     CommitteeViewParts::ByCommittee<Part> CommitteeViewParts::*parts) {
  return reader.kept_views ? &(reader.kept_views->*parts) : nullptr;
}

}  // namespace

std::string all_calendar(const Reader& reader, const Shared& shared, const ical::FeedOptions& options) {
  std::map<std::string_view, std::vector<const Meeting*>> by_committee;
  for (const Meeting& meeting : reader.programme.meetings) by_committee[meeting.committee].push_back(&meeting);
  const auto* kept = kept_of(reader, &CommitteeViewParts::events);
  CommitteeViewParts::ByCommittee<ical::EventTexts> made;
  std::vector<const ical::EventText*> all;
  all.reserve(reader.programme.meetings.size());
  for (const auto& [committee, held] : by_committee) {
    const std::vector<const Meeting*>& meetings = held;  // a lambda may not capture a binding (C++17)
    auto texts = part_of(reader, kept, committee, [&] {
      return ical::event_texts(reader.programme, reader.plan, meetings, options, shared.sequence_state);
    });
    for (const ical::EventText& text : *texts) all.push_back(&text);
    made.emplace(committee, std::move(texts));
  }
  if (reader.views_made) reader.views_made->events = std::move(made);
  return ical::all_committees_feed(reader.programme, std::move(all), options);
}

Bodies flags_pages(const Reader& reader) {
  const auto* kept = kept_of(reader, &CommitteeViewParts::flags);
  CommitteeViewParts::ByCommittee<pages::FlagsPart> made;
  std::vector<const pages::FlagsPart*> parts;
  for (const planner::CommitteePlan& plan : reader.plan.committees) {
    const planner::Committee* committee = reader.programme.committee(plan.committee);
    if (!committee) continue;  // as flags_view
    auto part = part_of(reader, kept, committee->id, [&] {
      return pages::flags_part(pages::committee_flags(reader.programme, *committee, plan, reader.members));
    });
    parts.push_back(part.get());
    made.emplace(committee->id, std::move(part));
  }
  Bodies pages{pages::flags_html(reader.plan.as_of, reader.members, parts),
               pages::flags_json(reader.plan.as_of, reader.members, parts)};
  if (reader.views_made) reader.views_made->flags = std::move(made);
  return pages;
}

std::string index_page(const Reader& reader, const Shared& shared, const pages::PageOptions& options) {
  const auto* kept = kept_of(reader, &CommitteeViewParts::index);
  CommitteeViewParts::ByCommittee<std::string> made;
  std::vector<const std::string*> sections;
  for (const planner::Committee& committee : reader.programme.committees) {
    auto section = part_of(reader, kept, committee.id,
                           [&] { return pages::index_section(reader.programme, committee, shared.as_of); });
    sections.push_back(section.get());
    made.emplace(committee.id, std::move(section));
  }
  auto page = pages::render_index(reader.programme, shared.as_of, options, sections);
  if (reader.views_made) reader.views_made->index = std::move(made);
  return page;
}

}  // namespace agendad::site
