#include "daemon/site/build_snapshot.hpp"

#include <filesystem>
#include <future>
#include <iterator>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string_view>
#include <utility>

#include "daemon/site/clock.hpp"
#include "daemon/site/encodings.hpp"
#include "daemon/site/kept_pages.hpp"
#include "daemon/site/last_modified.hpp"
#include "daemon/site/members.hpp"
#include "daemon/site/pack_cache.hpp"
#include "daemon/site/reader_jobs.hpp"
#include "daemon/site/rendered_from.hpp"
#include "daemon/site/state_writes.hpp"
#include "daemon/state/change_file.hpp"
#include "daemon/state/kept_file.hpp"
#include "daemon/state/sequence_file.hpp"
#include "feeds/changes/facts.hpp"
#include "feeds/ical/feed.hpp"
#include "planner/load/load_programme.hpp"
#include "planner/rules/public_view.hpp"
#include "planner/schedule/planned.hpp"
#include "planner/sources/configuration.hpp"

namespace agendad::site {

using planner::Date, planner::PlannedProgramme, planner::PlanningCalendar, planner::Programme, planner::Result;

namespace {

using std::chrono::sys_seconds;

// Without a state directory the SEQUENCE numbers live in memory, starting from a floor that only
// grows with time, so that a restart never shows a subscriber a lower SEQUENCE than before.
struct KeptBetweenLoads {
  ical::SequenceState remembered{
      .floor = ical::rebuild_floor(std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now())),
      .meetings = {}};
  changes::ChangeLog changes;  // likewise the changes feed's log, without a state directory
  PackCache packs;             // the agenda packs, kept while what they are made from is unchanged
  Encodings encodings;         // each body's ETag and gzip bytes, kept while the body is unchanged
  state::ModifiedTimes modified;  // each resource's Last-Modified, without a state directory
  planner::FileReadings readings;  // each configuration file's reading, parsed again only when it changes
  // With a state directory, its files' values as last read or written, while the files are those.
  state::KeptFile<ical::SequenceState> sequence_file;
  state::KeptFile<changes::ChangeLog> change_file;
  state::KeptFile<state::ModifiedTimes> modified_file;
  // What the last successful build was made from, and what it made.
  struct LastBuild {
    RenderedFrom from;
    Resources public_resources;
    Resources member_resources;
    ReaderPages the_public;  // each committee's pages, kept while its part is unchanged (kept_pages.hpp)
    ReaderPages members;
  };
  std::optional<LastBuild> last;
  // The build before the last, let go of beside the next steps (its plans and resources take tens
  // of milliseconds to free at 300 committees); finished before another is let go of, and before
  // these are.
  std::future<void> releasing;
};

// A state file's value after this load: the file read (or its value as this daemon last read or
// wrote it, while the file is still that one: kept_file.hpp), advanced, and written back when the
// load changed it (on a thread of its own, joined before the build returns: state_writes.hpp);
// warnings for what went wrong with it. `load` gives the value read and what was wrong with the
// file; a value read with a warning is not kept, so the file is read again.
template <class Value, class Load, class Next, class Save>
Value advance_file(state::KeptFile<Value>& kept, const std::filesystem::path& file, Load load, Next next_of,
                   Save save, StateWrites& writes, Snapshot& snapshot) {
  const auto identity = state::identity_of(file);  // before reading: a file replaced after is read again
  const Value* current = kept.find(identity);
  std::optional<Value> unkept;
  if (!current) {
    auto [value, warnings] = load();
    for (const auto& warning : warnings) snapshot.warnings.push_back(format_line(warning));
    if (warnings.empty() && identity) {
      kept.keep(identity, std::move(value));
      current = kept.find(identity);
    } else {
      kept.forget();
      current = &unkept.emplace(std::move(value));
    }
  }
  Value next = next_of(*current);
  if (next != *current) {
    kept.forget();  // until the file is known to hold `next`
    auto written = std::make_shared<Value>(next);
    writes.start([save, written] { return save(*written); },
                 [&kept, file, written] { kept.keep(state::identity_of(file), std::move(*written)); });
  }
  return next;
}

// The SEQUENCE state after this load, kept where it must be.
ical::SequenceState advance(KeptBetweenLoads& kept, const BuildInputs& inputs, const Programme& programme,
                            const PlanningCalendar& calendar, sys_seconds now, StateWrites& writes,
                            Snapshot& snapshot) {
  const auto next_of = [&](const ical::SequenceState& state) { return ical::next_state(state, programme, calendar, now); };
  if (!inputs.state_dir) return kept.remembered = next_of(kept.remembered);
  const auto& dir = *inputs.state_dir;
  return advance_file(
      kept.sequence_file, state::sequence_state_path(dir),
      [&] {
        auto loaded = state::load_sequence_state(dir, now);
        return std::pair{std::move(loaded.state), std::move(loaded.warnings)};
      },
      next_of, [dir = dir](const ical::SequenceState& next) { return state::save_sequence_state(dir, next); }, writes,
      snapshot);
}

// The change log after this load (feeds/changes), kept beside the SEQUENCE state.
changes::ChangeLog advance_changes(KeptBetweenLoads& kept, const BuildInputs& inputs, const changes::Facts& facts,
                                   sys_seconds now, StateWrites& writes, Snapshot& snapshot) {
  const auto next_of = [&](const changes::ChangeLog& log) { return changes::advance(log, facts, now); };
  if (!inputs.state_dir) return kept.changes = next_of(kept.changes);
  const auto& dir = *inputs.state_dir;
  return advance_file(
      kept.change_file, state::change_log_path(dir),
      [&] {
        auto loaded = state::load_change_log(dir);
        return std::pair{std::move(loaded.log), std::move(loaded.warnings)};
      },
      next_of, [dir = dir](const changes::ChangeLog& next) { return state::save_change_log(dir, next); }, writes,
      snapshot);
}

// Every resource's Last-Modified from when its bytes last changed (last_modified.hpp), the times
// kept beside the SEQUENCE state.
void stamp_modified(KeptBetweenLoads& kept, const BuildInputs& inputs, sys_seconds now, StateWrites& writes,
                    Snapshot& snapshot) {
  const auto next_of = [&](const state::ModifiedTimes& times) { return stamp_last_modified(snapshot, times, now); };
  if (!inputs.state_dir) {
    kept.modified = next_of(kept.modified);
    return;
  }
  const auto& dir = *inputs.state_dir;
  advance_file(
      kept.modified_file, state::modified_times_path(dir),
      [&] {
        auto loaded = state::load_modified_times(dir);
        return std::pair{std::move(loaded.times), std::move(loaded.warnings)};
      },
      next_of, [dir = dir](const state::ModifiedTimes& next) { return state::save_modified_times(dir, next); }, writes,
      snapshot);
}

// The members' plan and the public's (the same function of the public's programme), side by side
// when the build has two threads or more.
using Planned = std::shared_ptr<const PlannedProgramme>;  // kept after the build, for the next (kept_pages.hpp)

std::pair<Planned, Planned> plan_both(Programme programme, const PlanningCalendar& calendar, Date as_of,
                                      unsigned threads) {
  Programme seen_by_the_public = public_programme(programme);
  auto plan_public = [&] {
    return std::make_shared<const PlannedProgramme>(plan_programme(std::move(seen_by_the_public), calendar, as_of));
  };
  auto plan_members = [&] {
    return std::make_shared<const PlannedProgramme>(plan_programme(std::move(programme), calendar, as_of));
  };
  if (threads < 2) {
    Planned shown = plan_public();
    return {std::move(shown), plan_members()};
  }
  auto shown = std::async(std::launch::async, plan_public);
  Planned planned = plan_members();
  return {shown.get(), std::move(planned)};
}

// Lets go of a build's values on a thread of its own.
void release(KeptBetweenLoads& kept, std::optional<KeptBetweenLoads::LastBuild> build) {
  if (kept.releasing.valid()) kept.releasing.wait();
  kept.releasing = std::async(std::launch::async, [build = std::move(build)]() mutable { build.reset(); });
}

// The pages a build keeps from the last: each reader's committees whose parts are unchanged.
struct Keeping {
  std::set<std::string, std::less<>> the_public, members;
  const KeptBetweenLoads::LastBuild* last = nullptr;
};

// Serves the kept committees' resources of one reader again, their encodings and packs kept too.
void serve_kept(KeptBetweenLoads& kept, const std::set<std::string, std::less<>>& committees,
                const ReaderPages& last, bool members, ReaderPages& now, Resources& resources) {
  std::vector<SharedBytes> bodies;
  for (const auto& committee : committees) {
    const auto found = last.by_committee.find(committee);
    for (const auto& [path, resource] : *found->second) {
      kept.encodings.keep(encoding_key(members, path));
      bodies.push_back(resource.body);
      resources.insert_or_assign(path, resource);
    }
    now.by_committee.insert(*found);
  }
  kept.packs.keep_serving(bodies);
}

// Runs the jobs and serves the kept pages, their packs and encodings reused from the last load
// that succeeded.
planner::Diagnostics render(KeptBetweenLoads& kept, const BuildInputs& inputs, const std::vector<RenderJob>& jobs,
                            const Keeping& keeping, std::pair<ReaderPages*, ReaderPages*> now_pages, sys_seconds now,
                            Snapshot& snapshot) {
  kept.packs.start_load(inputs.state_dir ? std::optional(*inputs.state_dir / "packs") : std::nullopt);
  kept.encodings.start_load(inputs.state_dir ? std::optional(gzip_store_path(*inputs.state_dir)) : std::nullopt);
  auto errors = run_render_jobs(jobs, inputs.threads, kept.encodings, now, snapshot);
  snapshot.rendered = snapshot.public_resources.size() + snapshot.member_resources.size();
  if (errors.empty()) {
    now_pages.first->by_committee = made_by_committee(jobs, false, snapshot.public_resources);
    now_pages.second->by_committee = made_by_committee(jobs, true, snapshot.member_resources);
    if (keeping.last) {
      serve_kept(kept, keeping.the_public, keeping.last->the_public, false, *now_pages.first,
                 snapshot.public_resources);
      serve_kept(kept, keeping.members, keeping.last->members, true, *now_pages.second, snapshot.member_resources);
    }
  }
  for (auto& problem : kept.encodings.end_load(errors.empty())) snapshot.warnings.push_back(std::move(problem));
  for (auto& problem : kept.packs.end_load(errors.empty())) snapshot.warnings.push_back(std::move(problem));
  return errors;
}

// The committees whose pages this build keeps from the last (kept_pages.hpp).
Keeping keeping_from(const std::optional<KeptBetweenLoads::LastBuild>& last, const RenderedFrom& from,
                     const ReaderPages& the_public, const ReaderPages& members) {
  if (!last || !same_beyond_programme(last->from, from)) return {};
  const auto& was = last->from.sequence_state;
  return {committees_unchanged(last->the_public, was, the_public, from.sequence_state),
          committees_unchanged(last->members, was, members, from.sequence_state), &*last};
}

// Renders the pages and feeds of the plans into `snapshot`: none when they are made from just what
// the last successful build's were (rendered_from.hpp), for then they are that build's; else all
// but those of the committees whose parts are unchanged (kept_pages.hpp).
Result<Snapshot> render_snapshot(KeptBetweenLoads& kept, const BuildInputs& inputs, RenderedFrom from,
                                 const Planned& shown, const Planned& planned, sys_seconds now, StateWrites& writes,
                                 Snapshot snapshot) {
  if (kept.last && kept.last->from == from) {
    snapshot.public_resources = kept.last->public_resources;
    snapshot.member_resources = kept.last->member_resources;
    stamp_modified(kept, inputs, now, writes, snapshot);
    return snapshot;
  }
  std::optional<KeptBetweenLoads::LastBuild> last = std::exchange(kept.last, std::nullopt);
  ReaderPages public_pages = reader_pages(shown);
  // Without tokens no member's page is made, so there is nothing of theirs to compare next time.
  ReaderPages member_pages = snapshot.member_tokens.empty() ? ReaderPages{} : reader_pages(planned);
  const Keeping keeping = keeping_from(last, from, public_pages, member_pages);
  std::mutex libical_lock;
  const Shared shared{from.calendar, from.papers, from.sequence_state, from.change_log, from.base_url,
                      from.as_of, kept.packs, libical_lock};
  // The jobs hold references to the readers and to what they share, all alive until the jobs end.
  const planner::ProgrammeAsOf shown_papers = planner::programme_as_of(shown->programme, from.as_of);
  const Reader the_public{false, shown->programme, shown->plan, shown_papers,
                          [&](std::string_view committee) { return !keeping.the_public.contains(committee); },
                          keeping.last ? &keeping.last->the_public.views : nullptr, &public_pages.views};
  auto jobs = reader_jobs(the_public, shared);
  const planner::ProgrammeAsOf papers = planner::programme_as_of(planned->programme, from.as_of);
  const Reader members{true, planned->programme, planned->plan, papers,
                       [&](std::string_view committee) { return !keeping.members.contains(committee); },
                       keeping.last ? &keeping.last->members.views : nullptr, &member_pages.views};
  if (!snapshot.member_tokens.empty()) {  // else no member could ever see them
    auto members_jobs = reader_jobs(members, shared);
    std::move(members_jobs.begin(), members_jobs.end(), std::back_inserter(jobs));
  }
  if (auto errors = render(kept, inputs, jobs, keeping, {&public_pages, &member_pages}, now, snapshot);
      !errors.empty())
    return tl::unexpected(std::move(errors));
  stamp_modified(kept, inputs, now, writes, snapshot);
  kept.last = KeptBetweenLoads::LastBuild{std::move(from), snapshot.public_resources, snapshot.member_resources,
                                          std::move(public_pages), std::move(member_pages)};
  release(kept, std::move(last));
  return snapshot;
}

Result<Snapshot> build(KeptBetweenLoads& kept, const BuildInputs& inputs) {
  const Date as_of = inputs.as_of.value_or(today_in_london());
  auto loaded = planner::sources::load_configuration(inputs.config_dir.string(), as_of, std::nullopt,
                                                     {.earlier = kept.readings, .threads = inputs.threads});
  if (!loaded) return tl::unexpected(std::move(loaded.error()));
  kept.readings = loaded->readings;  // a pure function of each file: right whatever the build's end
  const PlanningCalendar& calendar = loaded->calendar;
  // The one plan every page and feed renders: the programme with the extraordinary meetings
  // proposed (TENTATIVE in feeds, marked proposed on pages) and their items planned onto them.
  // The public's is the same function of the public's programme (see Reader).
  auto [shown, planned] = plan_both(std::move(loaded->programme), calendar, as_of, inputs.threads);
  const Programme& programme = planned->programme;

  Snapshot snapshot;
  for (const auto& problem : planned->plan.problems) snapshot.warnings.push_back(format_line(problem));
  std::vector<std::pair<std::string, std::string>> named;
  for (const auto& reading : loaded->readings) {
    const planner::SourceText& file = planner::source_of(*reading);
    named.emplace_back(file.path, file.text);
  }
  snapshot.config_hash = config_hash(named);
  for (const auto& warning : loaded->warnings) snapshot.warnings.push_back(format_line(warning));
  if (inputs.secrets_file) {
    auto tokens = load_member_tokens(*inputs.secrets_file);
    if (!tokens) return tl::unexpected(std::move(tokens.error()));
    snapshot.member_tokens = std::move(*tokens);
  }

  std::string base_url = !inputs.base_url.empty()                         ? inputs.base_url
                         : !programme.council.calendar.base_url.empty() ? programme.council.calendar.base_url
                                                                        : inputs.listen_url;
  const auto now =
      inputs.now.value_or(std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
  StateWrites writes;  // joined before the build returns, whatever it returns
  auto sequence_state = advance(kept, inputs, programme, calendar, now, writes, snapshot);
  // The changes feeds' log is kept in public values (members' titles beside them), since the
  // public's feeds are rendered from it.
  auto change_log =
      advance_changes(kept, inputs, changes::facts_of(shown->programme, programme, shown->plan), now, writes, snapshot);
  RenderedFrom from{loaded->readings,         calendar,      std::move(loaded->papers), as_of,
                    std::move(base_url),      snapshot.member_tokens, std::move(sequence_state),
                    std::move(change_log)};
  auto built = render_snapshot(kept, inputs, std::move(from), shown, planned, now, writes, std::move(snapshot));
  auto problems = writes.join();
  if (built) std::move(problems.begin(), problems.end(), std::back_inserter(built->warnings));
  return built;
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
