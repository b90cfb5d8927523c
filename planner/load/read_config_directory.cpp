#include <algorithm>
#include <filesystem>
#include <system_error>

#include "planner/load/read_config_directory.hpp"
#include "planner/load/read_file.hpp"
#include "planner/load/reader.hpp"

namespace agendad::planner {
namespace {

namespace fs = std::filesystem;

Diagnostic problem(const std::string& path, std::string message, std::string found = {}, std::string expected = {}) {
  return load::make_diagnostic(Severity::error, {path, 0, 0}, "", std::move(message), std::move(found),
                               std::move(expected));
}

bool is_yaml(const fs::path& path) { return path.extension() == ".yaml" || path.extension() == ".yml"; }

}  // namespace

Result<std::vector<SourceText>> read_config_directory(const std::string& dir) {
  std::error_code error;
  if (!fs::is_directory(dir, error))
    return tl::unexpected(Diagnostics{problem(dir, fs::exists(dir, error) ? "is not a directory"
                                                                          : "there is no such directory",
                                              "", "the directory holding the configuration files")});
  std::vector<fs::path> paths;
  fs::directory_iterator entries(dir, error);
  if (error)
    return tl::unexpected(Diagnostics{problem(dir, "the directory cannot be read: " + error.message())});
  for (const auto& entry : entries)
    if (is_yaml(entry.path()) && !entry.is_directory(error)) paths.push_back(entry.path());
  std::sort(paths.begin(), paths.end());

  Diagnostics problems;
  std::vector<SourceText> files;
  if (paths.empty())
    problems.push_back(problem(dir, "holds no configuration files", "", "files ending in .yaml or .yml"));
  for (const fs::path& path : paths) {
    std::uintmax_t size = fs::file_size(path, error);
    if (error) {
      problems.push_back(problem(path.string(), "the file cannot be read: " + error.message()));
      continue;
    }
    if (size > max_config_file_bytes) {  // refused before reading a byte of it
      problems.push_back(problem(path.string(), "the file is too large to be a configuration file",
                                 std::to_string(size) + " bytes",
                                 "at most " + std::to_string(max_config_file_bytes) + " bytes"));
      continue;
    }
    auto text = read_regular_file(path.string(), max_config_file_bytes, "the configuration file");
    if (!text) {
      problems.insert(problems.end(), text.error().begin(), text.error().end());
      continue;
    }
    files.push_back({path.string(), std::move(*text)});
  }
  if (!problems.empty()) return tl::unexpected(std::move(problems));
  return files;
}

}  // namespace agendad::planner
