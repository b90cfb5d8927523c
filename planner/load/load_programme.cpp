#include <algorithm>
#include <atomic>
#include <exception>
#include <iterator>
#include <map>
#include <mutex>
#include <thread>
#include <unordered_map>

#include "planner/load/load_programme.hpp"
#include "planner/load/file_reading.hpp"

namespace agendad::planner {
namespace {

using load::Run;

template <typename T, typename Path>
void check_unique(const std::vector<T>& values, std::string_view what, Path path, Diagnostics& out) {
  std::map<std::string_view, const T*> seen;
  for (const T& value : values) {
    auto [first, fresh] = seen.emplace(value.id, &value);
    if (fresh) continue;
    out.push_back(load::make_diagnostic(Severity::error, value.where, path(value),
                                        "the id is already used by another " + std::string(what), value.id,
                                        "a new id (the other is at " + describe(first->second->where) + ")"));
  }
}

void check_ids(const Programme& programme, Diagnostics& out) {
  auto in_committee = [](std::string_view list) {
    return [list](const auto& v) { return "committees." + v.committee + "." + std::string(list) + "." + v.id + ".id"; };
  };
  check_unique(programme.committees, "committee", [](const Committee& c) { return "committees." + c.id + ".id"; }, out);
  check_unique(programme.venues, "venue", [](const Venue& v) { return "venues." + v.id + ".id"; }, out);
  check_unique(programme.bodies, "body", [](const Body& b) { return "bodies." + b.id + ".id"; }, out);
  check_unique(programme.meetings, "meeting", in_committee("meetings"), out);
  check_unique(programme.items, "item", in_committee("items"), out);
  check_unique(programme.actions, "action", in_committee("actions"), out);
  for (const Body& body : programme.bodies)
    if (const Committee* committee = programme.committee(body.id))
      out.push_back(load::make_diagnostic(Severity::error, body.where, "bodies." + body.id + ".id",
                                          "the id is already used by a committee", body.id,
                                          "a new id (the committee is at " + describe(committee->where) + ")"));
}

// A clerk reads the problems file by file, top to bottom, whichever check found them.
void sort_by_place(const FileReadings& readings, Diagnostics& diagnostics) {
  std::unordered_map<std::string_view, std::size_t> order;  // a problem outside every file comes last
  for (std::size_t i = 0; i < readings.size(); ++i) order.emplace(readings[i]->source.path, i);
  auto rank = [&](const Diagnostic& d) {
    const auto file = order.find(d.where.file);
    return std::tuple(file == order.end() ? readings.size() : file->second, d.where.line, d.where.column);
  };
  std::stable_sort(diagnostics.begin(), diagnostics.end(),
                   [&](const Diagnostic& a, const Diagnostic& b) { return rank(a) < rank(b); });
}

template <typename T>
void append(std::vector<T>& to, const std::vector<T>& from) {
  to.insert(to.end(), from.begin(), from.end());
}

// The first file's council is the council; a later one is reported where it is written.
void take_council(const FileReading& reading, Programme& programme, SourceLocation& council_seen, Run& run) {
  const auto& part = *reading.council;
  if (council_seen.line > 0) {
    run.diagnostics.push_back(load::make_diagnostic(
        Severity::error, part.at, "council", "the council is described twice; keep one `council:` in all the files",
        "", "one council (the first is at " + describe(council_seen) + ")"));
    return;
  }
  programme.council = part.council;
  append(run.diagnostics, part.diagnostics);
  council_seen = part.council.where.line > 0 ? part.council.where : part.at;
}

// Reads readings[i] for each i in `unread`, on up to `threads` threads (this one among them); an
// exception (out of memory) reaches the caller as it would on one thread.
void read_side_by_side(const std::vector<SourceText>& files, const std::vector<std::size_t>& unread,
                       unsigned threads, FileReadings& readings) {
  std::atomic<std::size_t> next{0};
  std::mutex failed_lock;
  std::exception_ptr failed;
  auto work = [&] {
    try {
      for (std::size_t n = next++; n < unread.size(); n = next++) readings[unread[n]] = read_file_alone(files[unread[n]]);
    } catch (...) {
      const std::lock_guard lock(failed_lock);
      failed = std::current_exception();
      next = unread.size();
    }
  };
  {
    std::vector<std::jthread> helpers;
    for (unsigned t = 1; t < threads && t < unread.size(); ++t) helpers.emplace_back(work);
    work();
  }  // the helpers are joined here
  if (failed) std::rethrow_exception(failed);
}

}  // namespace

const SourceText& source_of(const FileReading& reading) { return reading.source; }

FileReadings read_files(const std::vector<SourceText>& files, const ReadingOptions& options) {
  std::map<std::string_view, const std::shared_ptr<const FileReading>*> kept;
  for (const auto& reading : options.earlier) kept.emplace(reading->source.path, &reading);
  FileReadings readings(files.size());
  std::vector<std::size_t> unread;
  for (std::size_t i = 0; i < files.size(); ++i) {
    auto found = kept.find(files[i].path);
    if (found != kept.end() && (*found->second)->source.text == files[i].text)
      readings[i] = *found->second;
    else
      unread.push_back(i);
  }
  read_side_by_side(files, unread, std::max(options.threads, 1U), readings);
  return readings;
}

Result<LoadedProgramme> assemble_programme(FileReadings readings) {
  Run run;
  Programme programme;
  SourceLocation council_seen;
  if (readings.empty())
    run.diagnostics.push_back(load::make_diagnostic(Severity::error, {}, "", "there are no configuration files", "",
                                                    "at least one .yaml file"));
  for (const auto& reading : readings) {
    if (reading->council) take_council(*reading, programme, council_seen, run);
    append(run.diagnostics, reading->run.diagnostics);
    run.refused_ids.insert(reading->run.refused_ids.begin(), reading->run.refused_ids.end());
    append(programme.venues, reading->part.venues);
    append(programme.bodies, reading->part.bodies);
    append(programme.committees, reading->part.committees);
    append(programme.meetings, reading->part.meetings);
    append(programme.items, reading->part.items);
    append(programme.actions, reading->part.actions);
  }
  load::Lookup lookup(programme, run.refused_ids);
  for (const auto& reading : readings)
    for (const auto& check : reading->run.later) check(lookup, run.diagnostics);
  check_ids(programme, run.diagnostics);
  if (!readings.empty() && council_seen.line == 0 && !has_errors(run.diagnostics))
    run.diagnostics.push_back(load::make_diagnostic(Severity::warning, {readings.front()->source.path, 0, 0}, "council",
                                                    "no file describes the council, so papers and feeds will not "
                                                    "name it"));
  std::sort(programme.meetings.begin(), programme.meetings.end(), [](const Meeting& a, const Meeting& b) {
    return std::tie(a.date, a.start, a.id) < std::tie(b.date, b.start, b.id);
  });
  sort_by_place(readings, run.diagnostics);
  if (has_errors(run.diagnostics)) return tl::unexpected(std::move(run.diagnostics));
  return LoadedProgramme{std::move(programme), std::move(run.diagnostics), std::move(readings)};
}

Result<LoadedProgramme> load_programme_with_warnings(const std::vector<SourceText>& files) {
  return assemble_programme(read_files(files));
}

Result<Programme> load_programme(const std::vector<SourceText>& files) {
  auto loaded = load_programme_with_warnings(files);
  if (!loaded) return tl::unexpected(std::move(loaded.error()));
  return std::move(loaded->programme);
}

}  // namespace agendad::planner
