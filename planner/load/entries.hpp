#pragma once
// Lists of maps that each carry an id (venues, bodies, items, actions): how every entry is
// begun, and how a list of them at the top of a file is read, with located errors throughout.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "planner/load/reader.hpp"
#include "planner/load/sections.hpp"

namespace agendad::planner::load {

// A required key and what a clerk should write there.
using Required = std::pair<std::string_view, std::string_view>;

// What every entry of such a list holds: the keys it may use, and the two it must give (its id,
// with an example, and one other).
struct EntryShape {
  std::span<const std::string_view> known;
  std::string_view id_example;  // an id such as town-hall
  Required other;               // {name, the venue's name}
};

// One entry begun: its fields, its id ("" when absent or unfit) and whether the id and the other
// required field are both given.
struct Entry {
  Fields fields;
  std::string id;
  bool complete = false;
};

// Reads `node` as a map of the shape's fields; unknown keys, absent required ones and an unfit id
// are reported, in that order. nullopt, reported, when the entry is not a map of fields.
std::optional<Entry> begin_entry(const Source& source, const YAML::Node& node, const std::string& path,
                                 const EntryShape& shape);

// A list of maps at the top of a file (venues, bodies): reported unless it is a list; each entry
// that is a map is made into a value by `make(const Entry&)` and kept when complete with an id.
// An entry left out has its id marked refused, so that references to it are not reported again.
template <typename T, typename Make>
void read_list(const Source& source, const YAML::Node& node, std::string_view key, std::string_view what,
               const EntryShape& shape, std::vector<T>& into, Make make) {
  const std::string list_path(key);
  if (!node.IsSequence()) {
    source.error(node, list_path, "should be a list of " + std::string(what), describe_node(node), "a list");
    return;
  }
  for (std::size_t i = 0; i < node.size(); ++i) {
    const YAML::Node item = node[i];
    auto entry = begin_entry(source, item, entry_path(list_path, i, item), shape);
    if (!entry) continue;
    T value = make(*entry);
    if (entry->complete && !entry->id.empty()) into.push_back(std::move(value));
    else source.refused(entry->id);
  }
}

// An entry of a committee's list of its own values (items, actions), which carry the committee,
// their id and where they stand: `fill(const Fields&, T&)` reads the rest and says whether the
// value is whole. It is kept when the entry is complete, has an id and is whole.
template <typename T, typename Fill>
void read_owned(const Source& source, const YAML::Node& node, const std::string& path, const EntryShape& shape,
                const Committee& committee, std::vector<T>& into, Fill fill) {
  auto entry = begin_entry(source, node, path, shape);
  if (!entry) return;
  T value;
  value.where = entry->fields.where();
  value.committee = committee.id;
  value.id = entry->id;
  bool whole = fill(entry->fields, value);
  if (entry->complete && !value.id.empty() && whole) into.push_back(std::move(value));
}

}  // namespace agendad::planner::load
