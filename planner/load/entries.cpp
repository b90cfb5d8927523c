#include "planner/load/entries.hpp"

namespace agendad::planner::load {

std::optional<Entry> begin_entry(const Source& source, const YAML::Node& node, const std::string& path,
                                 const EntryShape& shape) {
  Fields fields(source, node, path, shape.known);
  if (!fields.is_map()) return std::nullopt;
  bool complete = fields.require_all({{"id", shape.id_example}, shape.other});
  std::string id = fields.id("id").value_or("");
  return Entry{std::move(fields), std::move(id), complete};
}

}  // namespace agendad::planner::load
