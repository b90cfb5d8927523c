#pragma once
// Typed, located reads from yaml-cpp nodes. Every read that fails says where, which field, what it
// found and what it expected, and carries on, so that one run reports every problem.
#include <chrono>
#include <functional>
#include <initializer_list>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "planner/model/named.hpp"
#include "planner/load/lookup.hpp"
#include "planner/load/suggest.hpp"
#include "planner/model/date.hpp"
#include "planner/model/diagnostic.hpp"
#include "planner/model/programme.hpp"
#include "planner/model/wall_time.hpp"

namespace agendad::planner::load {

// One file's reading (file_reading.hpp), or the configuration's once assembled: its diagnostics, and
// the checks that must wait until every file has been read (a booking may name a meeting in another
// file, a score the scale the council file sets). A check reads only what the Lookup gives it, so
// that a file's reading can be kept and its checks run again at the next load.
struct Run {
  Diagnostics diagnostics;
  std::vector<std::function<void(const Lookup&, Diagnostics&)>> later;
  // Ids of entries refused for their own errors: references to them are not reported again.
  std::set<std::string> refused_ids;
};

Diagnostic make_diagnostic(Severity severity, SourceLocation where, std::string field, std::string message,
                           std::string found = {}, std::string expected = {});

// One file being read.
class Source {
 public:
  Source(std::string path, Run& run) : path_(std::move(path)), run_(run) {}
  const std::string& path() const { return path_; }
  Run& run() const { return run_; }
  SourceLocation at(const YAML::Node& node) const;
  SourceLocation at(const YAML::Mark& mark) const;
  void error(const YAML::Node& at, std::string field, std::string message, std::string found = {},
             std::string expected = {}) const;
  void warning(const YAML::Node& at, std::string field, std::string message) const;
  // An entry with this id was refused; see Run::refused_ids.
  void refused(const std::string& id) const {
    if (!id.empty()) run_.refused_ids.insert(id);
  }
  // A path written in this file, made relative to the directory the file is in.
  std::string resolve(std::string_view written) const;

 private:
  std::string path_;
  Run& run_;
};

// The path of a list's entry by position: "members[3]".
inline std::string nth(const std::string& path, std::size_t index) { return path + "[" + std::to_string(index) + "]"; }

// How a node looks to a clerk: the value itself, "a list", "a map of fields" or "nothing".
std::string describe_node(const YAML::Node& node);

// Reads of one value (a field's value or a list entry); nullopt after reporting when it is unfit.
std::optional<std::string> read_text(const Source& source, const YAML::Node& node, const std::string& field);
std::optional<int> read_integer(const Source& source, const YAML::Node& node, const std::string& field, int min,
                                int max);
std::optional<bool> read_flag(const Source& source, const YAML::Node& node, const std::string& field);
std::optional<Date> read_date(const Source& source, const YAML::Node& node, const std::string& field);
std::optional<WallTime> read_time(const Source& source, const YAML::Node& node, const std::string& field);
// Lower-case letters, digits and hyphens: ids end up in calendar UIDs and web addresses.
std::optional<std::string> read_id(const Source& source, const YAML::Node& node, const std::string& field);

// One of a fixed set of words, with a suggestion when the value is a near miss.
template <typename E>
std::optional<E> read_choice(const Source& source, const YAML::Node& node, const std::string& field,
                             std::span<const Named<E>> names, std::string_view what) {
  auto word = read_text(source, node, field);
  if (!word) return std::nullopt;
  std::vector<std::string_view> words;
  std::string listed;
  for (const auto& n : names) {
    if (n.name == *word) return n.value;
    words.push_back(n.name);
    listed += (listed.empty() ? "" : ", ") + std::string(n.name);
  }
  std::string message = "`" + *word + "` is not " + std::string(what);
  if (auto near = nearest(*word, words)) message += "; did you mean `" + *near + "`?";
  source.error(node, field, message, *word, "one of " + listed);
  return std::nullopt;
}

// A map of fields whose keys must all be known: unknown keys and keys given twice are reported
// when it is constructed.
class Fields {
 public:
  Fields(const Source& source, const YAML::Node& node, std::string path, std::span<const std::string_view> known);

  bool is_map() const { return is_map_; }
  const YAML::Node& node() const { return node_; }
  const Source& source() const { return source_; }
  const std::string& path() const { return path_; }
  std::string path(std::string_view key) const;
  SourceLocation where() const { return source_.at(node_); }

  std::optional<YAML::Node> value(std::string_view key) const;
  bool has(std::string_view key) const { return value(key).has_value(); }
  // Reports the key as missing when it is absent.
  bool require(std::string_view key, std::string_view expected) const;
  // Each absent key of {key, expected} is reported; true when none is absent.
  bool require_all(std::initializer_list<std::pair<std::string_view, std::string_view>> keys) const;

  // Absent keys give nullopt silently; unfit values are reported and give nullopt.
  std::optional<std::string> text(std::string_view key) const;
  std::string text_or_empty(std::string_view key) const { return text(key).value_or(std::string()); }
  std::optional<int> integer(std::string_view key, int min, int max) const;
  std::optional<bool> flag(std::string_view key) const;
  std::optional<Date> date(std::string_view key) const;
  std::optional<std::chrono::year_month> month(std::string_view key) const;
  std::optional<WallTime> time(std::string_view key) const;
  std::optional<std::string> id(std::string_view key) const;
  std::vector<std::string> texts(std::string_view key) const;  // a list of text, or one text
  std::optional<YAML::Node> list(std::string_view key) const;   // reported unless a list
  template <typename E>
  std::optional<E> choice(std::string_view key, std::span<const Named<E>> names, std::string_view what) const {
    auto v = value(key);
    return v ? read_choice(source_, *v, path(key), names, what) : std::nullopt;
  }

 private:
  const Source& source_;
  YAML::Node node_;
  std::string path_;
  bool is_map_ = false;
  std::vector<std::pair<std::string, YAML::Node>> entries_;
};

}  // namespace agendad::planner::load
