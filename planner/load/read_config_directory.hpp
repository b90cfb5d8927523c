#pragma once
// The files of a configuration directory, as load_programme takes them.
#include <string>
#include <vector>

#include "planner/load/load_programme.hpp"
#include "planner/model/diagnostic.hpp"

namespace agendad::planner {

// Every *.yaml and *.yml file directly in `dir`, sorted by name.
Result<std::vector<SourceText>> read_config_directory(const std::string& dir);

}  // namespace agendad::planner
