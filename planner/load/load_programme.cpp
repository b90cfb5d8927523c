#include <algorithm>
#include <array>
#include <map>

#include "planner/load/load_programme.hpp"
#include "planner/load/prescan.hpp"
#include "planner/load/sections.hpp"

namespace agendad::planner {
namespace {

using namespace std::literals;
using load::Fields;
using load::Run;
using load::Source;

// yaml-cpp's own words, kept, after a sentence a clerk can act on.
Diagnostic unreadable(const Source& source, const YAML::Exception& problem) {
  return load::make_diagnostic(Severity::error, source.at(problem.mark), "",
                               "the YAML cannot be read here: " + problem.msg +
                                   "; check the indentation and that every \"name: value\" has its colon", "",
                               "");
}

void read_file(const SourceText& file, Run& run, Programme& programme, SourceLocation& council_seen) {
  Source source(file.path, run);
  auto text = load::prescan(file.path, file.text);
  if (!text) {
    run.diagnostics.insert(run.diagnostics.end(), text.error().begin(), text.error().end());
    return;
  }
  YAML::Node root;
  try {
    root = YAML::Load(std::string(*text));
  } catch (const YAML::Exception& problem) {
    run.diagnostics.push_back(unreadable(source, problem));
    return;
  }
  if (root.IsNull()) {
    run.diagnostics.push_back(load::make_diagnostic(Severity::error, {file.path, 0, 0}, "", "the file is empty", "",
                                                    "at least one of council, venues, bodies, committees"));
    return;
  }
  static constexpr std::array known{"council"sv, "venues"sv, "bodies"sv, "committees"sv};
  Fields top(source, root, "", known);
  if (!top.is_map()) return;
  try {
    if (auto council = top.value("council")) {
      if (council_seen.line > 0) {
        source.error(*council, "council", "the council is described twice; keep one `council:` in all the files",
                     "", "one council (the first is at " + describe(council_seen) + ")");
      } else {
        load::read_council(source, *council, programme.council);
        council_seen = programme.council.where;
        if (council_seen.line == 0) council_seen = source.at(*council);
      }
    }
    if (auto venues = top.value("venues")) load::read_venues(source, *venues, programme);
    if (auto bodies = top.value("bodies")) load::read_bodies(source, *bodies, programme);
    if (auto committees = top.value("committees")) load::read_committees(source, *committees, programme);
  } catch (const YAML::Exception& problem) {  // yaml-cpp's nodes throw on shapes we did not foresee
    run.diagnostics.push_back(unreadable(source, problem));
  }
}

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
void sort_by_place(const std::vector<SourceText>& files, Diagnostics& diagnostics) {
  auto rank = [&](const Diagnostic& d) {
    auto file = std::find_if(files.begin(), files.end(), [&](const SourceText& f) { return f.path == d.where.file; });
    return std::tuple(file - files.begin(), d.where.line, d.where.column);
  };
  std::stable_sort(diagnostics.begin(), diagnostics.end(),
                   [&](const Diagnostic& a, const Diagnostic& b) { return rank(a) < rank(b); });
}

}  // namespace

Result<LoadedProgramme> load_programme_with_warnings(const std::vector<SourceText>& files) {
  Run run;
  Programme programme;
  SourceLocation council_seen;
  if (files.empty())
    run.diagnostics.push_back(load::make_diagnostic(Severity::error, {}, "", "there are no configuration files", "",
                                                    "at least one .yaml file"));
  for (const SourceText& file : files) read_file(file, run, programme, council_seen);
  load::Lookup lookup(programme);
  for (const auto& check : run.later) check(lookup, run.diagnostics);
  check_ids(programme, run.diagnostics);
  if (!files.empty() && council_seen.line == 0 && !has_errors(run.diagnostics))
    run.diagnostics.push_back(load::make_diagnostic(Severity::warning, {files.front().path, 0, 0}, "council",
                                                    "no file describes the council, so papers and feeds will not "
                                                    "name it"));
  std::sort(programme.meetings.begin(), programme.meetings.end(), [](const Meeting& a, const Meeting& b) {
    return std::tie(a.date, a.start, a.id) < std::tie(b.date, b.start, b.id);
  });
  sort_by_place(files, run.diagnostics);
  if (has_errors(run.diagnostics)) return tl::unexpected(std::move(run.diagnostics));
  return LoadedProgramme{std::move(programme), std::move(run.diagnostics)};
}

Result<Programme> load_programme(const std::vector<SourceText>& files) {
  auto loaded = load_programme_with_warnings(files);
  if (!loaded) return tl::unexpected(std::move(loaded.error()));
  return std::move(loaded->programme);
}

}  // namespace agendad::planner
