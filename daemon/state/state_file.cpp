#include "daemon/state/state_file.hpp"

#include <utility>

#include "planner/load/read_file.hpp"

namespace agendad::state {

using planner::Diagnostic, planner::read_regular_file;

namespace {

// Far above what 3,000 committees' state takes (the change log is the largest: a few MB).
constexpr std::size_t state_file_cap = std::size_t{256} * 1024 * 1024;

// "the state file is not a regular file" (found "a FIFO") as what follows a file's own name:
// "is not a regular file (a FIFO)".
std::string as_predicate(const Diagnostic& refusal) {
  std::string text = refusal.message;
  for (const auto& [said, predicate] : {std::pair<std::string, std::string>{"the state file ", ""},
                                        {"cannot open the state file", "cannot be opened"},
                                        {"cannot read the state file", "cannot be read"}})
    if (text.starts_with(said)) text.replace(0, said.size(), predicate);
  if (!refusal.found.empty()) text += " (" + refusal.found + ")";
  return text;
}

}  // namespace

StateFileText read_state_file(const std::filesystem::path& file) {
  std::error_code ec;
  if (!std::filesystem::exists(std::filesystem::symlink_status(file, ec))) return {};
  auto read = read_regular_file(file.string(), state_file_cap, "the state file");
  if (read) return {std::move(*read), {}};
  if (read.error().empty()) return {std::nullopt, "cannot be read"};
  return {std::nullopt, as_predicate(read.error().front())};
}

}  // namespace agendad::state
