#include "daemon/site/build_snapshot.hpp"
#include "planner/model/find_meeting.hpp"

#include <memory>

#include "daemon/site/clock.hpp"
#include "daemon/site/last_modified.hpp"
#include "daemon/site/members.hpp"
#include "daemon/site/pack_cache.hpp"
#include "daemon/state/change_file.hpp"
#include "daemon/state/sequence_file.hpp"
#include "feeds/changes/atom_feed.hpp"
#include "feeds/changes/facts.hpp"
#include "feeds/ical/feed.hpp"
#include "planner/sources/configuration.hpp"
#include "feeds/pack/pack.hpp"
#include "feeds/pages/agenda.hpp"
#include "feeds/pages/flags_page.hpp"
#include "feeds/pages/index_page.hpp"
#include "feeds/urls/paths.hpp"
#include "feeds/pages/work_programme.hpp"
#include "feeds/svg/year_picture.hpp"
#include "planner/load/load_programme.hpp"
#include "planner/rules/public_view.hpp"
#include "planner/schedule/planned.hpp"

namespace agendad::site {

using planner::Date, planner::Diagnostic, planner::Diagnostics, planner::Meeting, planner::Plan,
    planner::PlannedProgramme, planner::PlanningCalendar, planner::Programme, planner::Result, planner::Severity;

namespace {

using std::chrono::sys_seconds;

// How long clients may reuse a response before revalidating. Revalidation costs a 304, so these
// are short: a clerk's edit should show within minutes.
constexpr int page_max_age = 60;
constexpr int feed_max_age = 300;

// What one reader's pages are made from. The public's programme is public_programme's
// (planner/rules/public_view.hpp): every private value is gone before any renderer sees it, so
// no renderer's `members` flag keeps a secret. The members' is the programme as loaded.
struct Reader {
  bool members = false;
  const Programme& programme;
  const Plan& plan;
  const planner::ProgrammeAsOf& papers;  // the programme as it stood on the as-of date
};

// What every reader's pages share: the planning calendar, the feeds' state and where links point.
struct Shared {
  const PlanningCalendar& calendar;
  const planner::sources::PaperFiles& paper_files;
  const ical::SequenceState& sequence_state;
  const changes::ChangeLog& change_log;
  const std::string& base_url;
  Date as_of;
};

class Site {
 public:
  Site(Snapshot& snapshot, sys_seconds now) : snapshot_(snapshot), now_(now) {}
  void add(bool members, const std::string& path, std::string body, std::string_view type, int max_age) {
    auto& resources = members ? snapshot_.member_resources : snapshot_.public_resources;
    resources.insert_or_assign(path, make_resource(std::move(body), type, now_, max_age));
  }
  Diagnostics errors;  // renderers' failures, all of them

  void add(bool members, const std::string& path, Result<std::string> body, std::string_view type, int max_age) {
    if (!body) return errors.insert(errors.end(), body.error().begin(), body.error().end()), void();
    add(members, path, std::move(*body), type, max_age);
  }

 private:
  Snapshot& snapshot_;
  sys_seconds now_;
};

// Without a state directory the SEQUENCE numbers live in memory, starting from a floor that only
// grows with time, so that a restart never shows a subscriber a lower SEQUENCE than before.
struct KeptBetweenLoads {
  ical::SequenceState remembered{
      .floor = ical::rebuild_floor(std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now())),
      .meetings = {}};
  changes::ChangeLog changes;  // likewise the changes feed's log, without a state directory
  PackCache packs;             // the agenda packs, kept while what they are made from is unchanged
  state::ModifiedTimes modified;  // each resource's Last-Modified, without a state directory
};

// The SEQUENCE state after this load, kept where it must be; warnings for what went wrong with it.
ical::SequenceState advance(KeptBetweenLoads& kept, const BuildInputs& inputs, const Programme& programme,
                            const PlanningCalendar& calendar, sys_seconds now, Snapshot& snapshot) {
  if (!inputs.state_dir)
    return kept.remembered = ical::next_state(kept.remembered, programme, calendar, now);
  auto loaded = state::load_sequence_state(*inputs.state_dir, now);
  for (const auto& warning : loaded.warnings) snapshot.warnings.push_back(format_line(warning));
  auto next = ical::next_state(loaded.state, programme, calendar, now);
  if (next != loaded.state)
    if (auto saved = state::save_sequence_state(*inputs.state_dir, next); !saved)
      for (const auto& error : saved.error()) snapshot.warnings.push_back(format_line(error));
  return next;
}

// The change log after this load (feeds/changes), kept beside the SEQUENCE state.
changes::ChangeLog advance_changes(KeptBetweenLoads& kept, const BuildInputs& inputs, const changes::Facts& facts,
                                   sys_seconds now, Snapshot& snapshot) {
  if (!inputs.state_dir) return kept.changes = changes::advance(kept.changes, facts, now);
  auto loaded = state::load_change_log(*inputs.state_dir);
  for (const auto& warning : loaded.warnings) snapshot.warnings.push_back(format_line(warning));
  auto next = changes::advance(loaded.log, facts, now);
  if (next != loaded.log)
    if (auto saved = state::save_change_log(*inputs.state_dir, next); !saved)
      for (const auto& error : saved.error()) snapshot.warnings.push_back(format_line(error));
  return next;
}

// Every resource's Last-Modified from when its bytes last changed (last_modified.hpp), the times
// kept beside the SEQUENCE state.
void stamp_modified(KeptBetweenLoads& kept, const BuildInputs& inputs, sys_seconds now, Snapshot& snapshot) {
  if (!inputs.state_dir) {
    kept.modified = stamp_last_modified(snapshot, kept.modified, now);
    return;
  }
  auto loaded = state::load_modified_times(*inputs.state_dir);
  for (const auto& warning : loaded.warnings) snapshot.warnings.push_back(format_line(warning));
  const auto next = stamp_last_modified(snapshot, loaded.times, now);
  if (next != loaded.times)
    if (auto saved = state::save_modified_times(*inputs.state_dir, next); !saved)
      for (const auto& error : saved.error()) snapshot.warnings.push_back(format_line(error));
}

// The year pictures (/year/<committee>.svg, /year/all.svg) and the changes feeds
// (/changes/<committee>.atom, /changes/all.atom) of one reader.
void add_year_and_changes(Site& site, const Reader& reader, const Shared& shared) {
  const Programme& programme = reader.programme;
  const bool members = reader.members;
  std::vector<std::pair<std::string, std::string>> each{{"all", "every committee"}};
  for (const auto& committee : programme.committees) each.emplace_back(committee.id, committee.name);
  for (const auto& [id, name] : each) {
    const auto path = urls::year_picture_path(id);
    if (auto picture = svg::render_year_picture(
            programme, shared.calendar, reader.plan,
            {.committee = id, .year = {}, .as_of = reader.plan.as_of, .members = members, .from_path = path}))
      site.add(members, path, std::move(*picture), urls::media_type::svg, page_max_age);
    const auto page = id == "all" ? urls::index_path() : urls::work_programme_path(id, urls::PageFormat::html);
    const changes::AtomOptions options{.base_url = shared.base_url, .members = members, .council = programme.council.name,
                                       .title = programme.council.name + ", " + name + ": what changed", .page = page};
    site.add(members, urls::changes_feed_path(id),
             changes::render_changes_feed(shared.change_log, id, urls::changes_feed_path(id), options),
             urls::media_type::atom, feed_max_age);
  }
}

// The front sheet alone and the whole pack, as `agendad pack` writes it. A pack that cannot be
// made fails the load like any renderer's failure, so that a bad paper never serves stale bytes.
void add_agenda_pdfs(Site& site, PackCache& packs, const Reader& reader, const Shared& shared, const Meeting& meeting) {
  auto pack = packs.pack_for(
      pack::pack_spec(reader.programme, shared.calendar, shared.paper_files, meeting, reader.members));
  if (!pack) {
    site.errors.push_back(Diagnostic{Severity::error, meeting.where, "meetings." + meeting.id,
                                     "the agenda pack cannot be made: " + pack.error(), "", ""});
    return;
  }
  site.add(reader.members, urls::agenda_pdf_path(meeting.committee, meeting.date, false), (*pack)->front_sheet,
           urls::media_type::pdf, page_max_age);
  site.add(reader.members, urls::agenda_pdf_path(meeting.committee, meeting.date, true), (*pack)->pdf,
           urls::media_type::pdf, page_max_age);
}

// Every agenda of one reader: the page in each format and, for formal meetings, the PDFs.
void add_agendas(Site& site, PackCache& packs, const Reader& reader, const Shared& shared,
                 const pages::PageOptions& options) {
  const Programme& programme = reader.programme;
  for (const auto& meeting : programme.meetings) {
    // A committee's agenda URL names a date; where two meetings share it, the one
    // find_meeting picks (the formal one) has the page, as `agendad agenda` prints it.
    const auto chosen = find_meeting(programme, meeting.committee, meeting.date);
    if (!chosen || *chosen != &meeting) continue;
    for (const auto format : {urls::AgendaFormat::html, urls::AgendaFormat::text, urls::AgendaFormat::markdown,
                              urls::AgendaFormat::json})
      site.add(reader.members, urls::agenda_path(meeting.committee, meeting.date, format),
               pages::render_agenda(programme, reader.plan, meeting, format, options), urls::content_type(format), page_max_age);
    if (is_formal(meeting)) add_agenda_pdfs(site, packs, reader, shared, meeting);
  }
}

// Each committee's work programme and calendars, for one reader.
void add_committees(Site& site, const Reader& reader, const Shared& shared, const ical::FeedOptions& feed_options) {
  const Programme& programme = reader.programme;
  const bool members = reader.members;
  for (const auto& committee : programme.committees) {
    const auto view = pages::work_programme_view(programme, reader.plan, reader.papers, committee, members);
    site.add(members, urls::work_programme_path(committee.id, urls::PageFormat::html),
             pages::work_programme_html(view), urls::content_type(urls::PageFormat::html), page_max_age);
    site.add(members, urls::work_programme_path(committee.id, urls::PageFormat::json),
             pages::work_programme_json(view), urls::content_type(urls::PageFormat::json), page_max_age);
    site.add(members, urls::committee_calendar_path(committee.id),
             ical::render_committee_feed(programme, reader.plan, committee.id, feed_options, shared.sequence_state),
             urls::media_type::calendar, feed_max_age);
    site.add(members, urls::deadlines_calendar_path(committee.id),
             ical::render_deadlines_feed(programme, committee.id, shared.calendar, feed_options, shared.sequence_state),
             urls::media_type::calendar, feed_max_age);
  }
}

// Every page and feed of one reader.
void add_reader(Site& site, PackCache& packs, const Reader& reader, const Shared& shared) {
  const Programme& programme = reader.programme;
  const bool members = reader.members;
  const pages::PageOptions options{.base_url = shared.base_url, .members = members};
  const auto index = pages::render_index(programme, shared.as_of, options);
  site.add(members, "/", index, urls::media_type::html, page_max_age);
  site.add(members, urls::index_path(), index, urls::media_type::html, page_max_age);
  for (const auto format : {urls::PageFormat::html, urls::PageFormat::json})
    site.add(members, urls::flags_path(format),
             pages::render_flags(programme, reader.plan, format, options),
             urls::content_type(format), page_max_age);
  add_agendas(site, packs, reader, shared, options);
  add_year_and_changes(site, reader, shared);
  auto feed_options = ical::feed_options(programme, members);
  feed_options.base_url = shared.base_url;
  site.add(members, urls::all_calendar_path(),
           ical::render_all_committees_feed(programme, reader.plan, feed_options, shared.sequence_state), urls::media_type::calendar,
           feed_max_age);
  add_committees(site, reader, shared, feed_options);
}

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
Result<Snapshot> build(KeptBetweenLoads& kept, const BuildInputs& inputs) {
  const Date as_of = inputs.as_of.value_or(today_in_london());
  auto loaded = planner::sources::load_configuration(inputs.config_dir.string(), as_of);
  if (!loaded) return tl::unexpected(std::move(loaded.error()));
  const PlanningCalendar* calendar = &loaded->calendar;
  // The one plan every page and feed renders: the programme with the extraordinary meetings
  // proposed (TENTATIVE in feeds, marked proposed on pages) and their items planned onto them.
  // The public's is the same function of the public's programme (see Reader).
  const PlannedProgramme shown = plan_programme(public_programme(loaded->programme), *calendar, as_of);
  const PlannedProgramme planned = plan_programme(std::move(loaded->programme), *calendar, as_of);
  const Programme& programme = planned.programme;

  Snapshot snapshot;
  kept.packs.start_load();
  for (const auto& problem : planned.plan.problems) snapshot.warnings.push_back(format_line(problem));
  std::vector<std::pair<std::string, std::string>> named;
  for (const auto& file : loaded->files) named.emplace_back(file.path, file.text);
  snapshot.config_hash = config_hash(named);
  for (const auto& warning : loaded->warnings) snapshot.warnings.push_back(format_line(warning));
  if (inputs.secrets_file) {
    auto tokens = load_member_tokens(*inputs.secrets_file);
    if (!tokens) return tl::unexpected(std::move(tokens.error()));
    snapshot.member_tokens = std::move(*tokens);
  }

  const std::string base_url = !inputs.base_url.empty()                         ? inputs.base_url
                               : !programme.council.calendar.base_url.empty() ? programme.council.calendar.base_url
                                                                              : inputs.listen_url;
  const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  const auto sequence_state = advance(kept, inputs, programme, *calendar, now, snapshot);
  Site site(snapshot, now);
  const planner::ProgrammeAsOf shown_papers = planner::programme_as_of(shown.programme, as_of);
  // The changes feeds' log is kept in public values (members' titles beside them), since the
  // public's feeds are rendered from it.
  const auto change_log =
      advance_changes(kept, inputs, changes::facts_of(shown.programme, programme, shown.plan), now, snapshot);
  const Shared shared{*calendar, loaded->papers, sequence_state, change_log, base_url, as_of};
  add_reader(site, kept.packs, Reader{false, shown.programme, shown.plan, shown_papers}, shared);
  if (!snapshot.member_tokens.empty()) {  // else no member could ever see them
    const planner::ProgrammeAsOf papers = planner::programme_as_of(programme, as_of);
    add_reader(site, kept.packs, Reader{true, programme, planned.plan, papers}, shared);
  }
  if (!site.errors.empty()) return tl::unexpected(std::move(site.errors));
  stamp_modified(kept, inputs, now, snapshot);
  return snapshot;
}

}  // namespace

std::string config_hash(const std::vector<std::pair<std::string, std::string>>& files) {
  std::string all;
  for (const auto& [name, text] : files) {
    all += name;
    all += '\0';
    all += std::to_string(text.size());
    all += '\0';
    all += text;
  }
  return http::hex(http::digest_of(all));
}

Result<Snapshot> build_snapshot(const BuildInputs& inputs) {
  KeptBetweenLoads kept;
  return build(kept, inputs);
}

SnapshotBuilder snapshot_builder() {
  auto kept = std::make_shared<KeptBetweenLoads>();
  return [kept](const BuildInputs& inputs) { return build(*kept, inputs); };
}

}  // namespace agendad::site
