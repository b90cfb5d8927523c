#include "daemon/site/reader_jobs.hpp"

#include <algorithm>
#include <memory>

#include "daemon/site/council_views.hpp"
#include "daemon/site/views_by_day.hpp"
#include "feeds/changes/atom_feed.hpp"
#include "feeds/ical/feed.hpp"
#include "feeds/pack/pack.hpp"
#include "feeds/pages/agenda.hpp"
#include "feeds/pages/flags_page.hpp"
#include "feeds/pages/index_page.hpp"
#include "feeds/pages/work_programme.hpp"
#include "feeds/svg/year_picture.hpp"
#include "feeds/urls/paths.hpp"
#include "planner/model/find_meeting.hpp"

namespace agendad::site {

using planner::Diagnostic, planner::Diagnostics, planner::Meeting, planner::Programme, planner::Result,
    planner::Severity;

namespace {

// How long clients may reuse a response before revalidating. Revalidation costs a 304, so these
// are short: a clerk's edit should show within minutes.
constexpr int page_max_age = 60;
constexpr int feed_max_age = 300;

Output output(std::string path, std::string_view content_type, int max_age) {
  return Output{std::move(path), std::string(content_type), max_age};
}

Result<Bodies> bodies(Result<std::string> body) {
  if (!body) return tl::unexpected(std::move(body.error()));
  return Bodies{std::move(*body)};
}

class Jobs {
 public:
  explicit Jobs(bool members) : members_(members) {}
  void add(std::vector<Output> outputs, std::function<Result<Bodies>()> render, std::mutex* lock = nullptr) {
    jobs_.push_back(RenderJob{members_, committee_, std::move(outputs), lock, std::move(render)});
  }
  // One body at one path.
  void add(std::string path, std::string_view type, int max_age, std::function<Result<std::string>()> render,
           std::mutex* lock = nullptr) {
    add({output(std::move(path), type, max_age)}, [render = std::move(render)] { return bodies(render()); }, lock);
  }
  std::vector<RenderJob> take() { return std::move(jobs_); }
  // The committee whose pages the jobs added next make; empty: views of every committee.
  void of_committee(std::string committee) { committee_ = std::move(committee); }

 private:
  bool members_;
  std::string committee_;
  std::vector<RenderJob> jobs_;
};

// The year pictures (/year/<committee>.svg, /year/all.svg) and the changes feeds
// (/changes/<committee>.atom, /changes/all.atom).
void add_year_and_changes(Jobs& jobs, const Reader& reader, const Shared& shared) {
  const Programme& programme = reader.programme;
  std::vector<std::pair<std::string, std::string>> each{{"all", "every committee"}};
  for (const auto& committee : programme.committees) each.emplace_back(committee.id, committee.name);
  for (const auto& [committee_id, name] : each) {
    const std::string id = committee_id;  // a variable, not a binding, so that lambdas may capture it
    const bool every_committee = id == "all";
    if (every_committee || reader.makes(id)) {
      jobs.of_committee(every_committee ? std::string() : id);
      const auto path = urls::year_picture_path(id);
      jobs.add({output(path, urls::media_type::svg, page_max_age)}, [&reader, &shared, id, path]() -> Result<Bodies> {
        // reader.papers is the programme as of the plan's day, which every picture shows.
        return Bodies{svg::render_year_picture(reader.programme, shared.calendar, reader.plan, reader.papers,
                                               {.committee = id, .year = {}, .as_of = reader.plan.as_of,
                                                .members = reader.members, .from_path = path})};
      });
    }
    // Every changes feed is made at every build: each is read from the change log, which a load
    // changes whenever anything changed.
    jobs.of_committee({});
    const auto page = every_committee ? urls::index_path() : urls::work_programme_path(id, urls::PageFormat::html);
    const changes::AtomOptions options{.base_url = shared.base_url, .members = reader.members,
                                       .council = programme.council.name,
                                       .title = programme.council.name + ", " + name + ": what changed", .page = page};
    jobs.add(urls::changes_feed_path(id), urls::media_type::atom, feed_max_age, [&shared, id, options] {
      return changes::render_changes_feed(shared.change_log, id, urls::changes_feed_path(id), options);
    });
  }
}

// The front sheet alone and the whole pack, as `agendad pack` writes it. A pack that cannot be
// made fails the load like any renderer's failure, so that a bad paper never serves stale bytes.
void add_agenda_pdfs(Jobs& jobs, const Reader& reader, const Shared& shared, const Meeting& meeting,
                     const std::shared_ptr<ViewsByDay>& views) {
  const planner::Date day = pack::day_before(meeting);
  views->expect(day);
  auto render = [&reader, &shared, &meeting, views, day]() -> Result<Bodies> {
    const auto as_it_stood = views->take(day);
    auto spec = pack::pack_spec(reader.programme, shared.calendar, shared.paper_files, meeting, reader.members,
                                *as_it_stood);
    views->release(day);
    auto pack = shared.packs.pack_for(std::move(spec));
    if (!pack)
      return tl::unexpected(Diagnostics{Diagnostic{Severity::error, meeting.where, "meetings." + meeting.id,
                                                   "the agenda pack cannot be made: " + pack.error(), "", ""}});
    return Bodies{(*pack)->front_sheet, (*pack)->pdf};
  };
  jobs.add({output(urls::agenda_pdf_path(meeting.committee, meeting.date, false), urls::media_type::pdf, page_max_age),
            output(urls::agenda_pdf_path(meeting.committee, meeting.date, true), urls::media_type::pdf, page_max_age)},
           render);
}

// Every formal meeting's PDFs, by the day before the meeting (the day each pack's work programme
// is planned as of), so that one day's view of the programme serves all its packs and is let go.
void add_packs(Jobs& jobs, const Reader& reader, const Shared& shared, std::vector<const Meeting*> formal) {
  std::stable_sort(formal.begin(), formal.end(),
                   [](const Meeting* a, const Meeting* b) { return a->date < b->date; });
  auto views = std::make_shared<ViewsByDay>(reader.programme);
  for (const Meeting* meeting : formal) {
    jobs.of_committee(meeting->committee);
    add_agenda_pdfs(jobs, reader, shared, *meeting, views);
  }
}

// Every agenda: the page in each format and, for formal meetings, the PDFs.
void add_agendas(Jobs& jobs, const Reader& reader, const Shared& shared, const pages::PageOptions& options) {
  constexpr std::array formats{urls::AgendaFormat::html, urls::AgendaFormat::text, urls::AgendaFormat::markdown,
                               urls::AgendaFormat::json};
  const Programme& programme = reader.programme;
  std::vector<const Meeting*> formal;
  for (const auto& meeting : programme.meetings) {
    // A committee's agenda URL names a date; where two meetings share it, the one
    // find_meeting picks (the formal one) has the page, as `agendad agenda` prints it.
    if (!reader.makes(meeting.committee)) continue;
    const auto chosen = find_meeting(programme, meeting.committee, meeting.date);
    if (!chosen || *chosen != &meeting) continue;
    jobs.of_committee(meeting.committee);
    std::vector<Output> outputs;
    outputs.reserve(formats.size());
    for (const auto format : formats)
      outputs.push_back(output(urls::agenda_path(meeting.committee, meeting.date, format), urls::content_type(format),
                               page_max_age));
    jobs.add(std::move(outputs), [&reader, &meeting, options, formats]() -> Result<Bodies> {
      const auto draft = drafts::draft_agenda(reader.programme, reader.plan, meeting, options.members);
      Bodies made;
      made.reserve(formats.size());
      for (const auto format : formats) made.emplace_back(pages::render_agenda(draft, format));
      return made;
    });
    if (is_formal(meeting)) formal.push_back(&meeting);
  }
  add_packs(jobs, reader, shared, std::move(formal));
}

// Each committee's work programme and calendars.
void add_committees(Jobs& jobs, const Reader& reader, const Shared& shared, const ical::FeedOptions& feed_options) {
  for (const auto& committee : reader.programme.committees) {
    if (!reader.makes(committee.id)) continue;
    jobs.of_committee(committee.id);
    jobs.add({output(urls::work_programme_path(committee.id, urls::PageFormat::html),
                     urls::content_type(urls::PageFormat::html), page_max_age),
              output(urls::work_programme_path(committee.id, urls::PageFormat::json),
                     urls::content_type(urls::PageFormat::json), page_max_age)},
             [&reader, &committee]() -> Result<Bodies> {
               const auto view = pages::work_programme_view(reader.programme, reader.plan, reader.papers, committee,
                                                            reader.members);
               return Bodies{pages::work_programme_html(view), pages::work_programme_json(view)};
             });
    jobs.add(
        urls::committee_calendar_path(committee.id), urls::media_type::calendar, feed_max_age,
        [&reader, &shared, &committee, feed_options] {
          return ical::render_committee_feed(reader.programme, reader.plan, committee.id, feed_options,
                                             shared.sequence_state);
        },
        &shared.libical_lock);
    jobs.add(
        urls::deadlines_calendar_path(committee.id), urls::media_type::calendar, feed_max_age,
        [&reader, &shared, &committee, feed_options] {
          return ical::render_deadlines_feed(reader.programme, committee.id, shared.calendar, feed_options,
                                             shared.sequence_state);
        },
        &shared.libical_lock);
  }
}

}  // namespace

std::vector<RenderJob> reader_jobs(const Reader& reader, const Shared& shared) {
  Jobs jobs(reader.members);
  const pages::PageOptions options{.base_url = shared.base_url, .members = reader.members};
  // The views of every committee are put together from each committee's part (council_views.hpp).
  jobs.add({output("/", urls::media_type::html, page_max_age),
            output(urls::index_path(), urls::media_type::html, page_max_age)},
           [&reader, &shared, options]() -> Result<Bodies> {
             const SharedBytes index = index_page(reader, shared, options);
             return Bodies{index, index};
           });
  jobs.add({output(urls::flags_path(urls::PageFormat::html), urls::content_type(urls::PageFormat::html), page_max_age),
            output(urls::flags_path(urls::PageFormat::json), urls::content_type(urls::PageFormat::json), page_max_age)},
           [&reader]() -> Result<Bodies> { return flags_pages(reader); });
  add_agendas(jobs, reader, shared, options);
  add_year_and_changes(jobs, reader, shared);
  jobs.of_committee({});
  auto feed_options = ical::feed_options(reader.programme, reader.members);
  feed_options.base_url = shared.base_url;
  jobs.add(
      urls::all_calendar_path(), urls::media_type::calendar, feed_max_age,
      [&reader, &shared, feed_options] { return all_calendar(reader, shared, feed_options); }, &shared.libical_lock);
  add_committees(jobs, reader, shared, feed_options);
  return jobs.take();
}

}  // namespace agendad::site
