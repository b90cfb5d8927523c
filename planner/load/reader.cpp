#include "planner/load/reader.hpp"

#include <algorithm>
#include <charconv>
#include <cctype>
#include <filesystem>

namespace agendad::planner::load {
namespace {

std::string shortened(std::string text) {
  constexpr std::size_t limit = 60;
  if (text.size() > limit) {
    std::size_t cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // keep UTF-8 whole
    text = text.substr(0, cut) + "…";
  }
  return text;
}

bool looks_like(std::string_view text, std::string_view shape) {  // shape: 9 for a digit, else literal
  if (text.size() != shape.size()) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    bool digit = std::isdigit(static_cast<unsigned char>(text[i])) != 0;
    if (shape[i] == '9' ? !digit : text[i] != shape[i]) return false;
  }
  return true;
}

std::string lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

}  // namespace

Diagnostic make_diagnostic(Severity severity, SourceLocation where, std::string field, std::string message,
                           std::string found, std::string expected) {
  return Diagnostic{severity, std::move(where), std::move(field), std::move(message), std::move(found),
                    std::move(expected)};
}

SourceLocation Source::at(const YAML::Mark& mark) const {
  if (mark.is_null()) return {path_, 0, 0};
  return {path_, mark.line + 1, mark.column + 1};
}

SourceLocation Source::at(const YAML::Node& node) const { return at(node.Mark()); }

void Source::error(const YAML::Node& node, std::string field, std::string message, std::string found,
                   std::string expected) const {
  run_.diagnostics.push_back(make_diagnostic(Severity::error, at(node), std::move(field), std::move(message),
                                             shortened(std::move(found)), std::move(expected)));
}

void Source::warning(const YAML::Node& node, std::string field, std::string message) const {
  run_.diagnostics.push_back(make_diagnostic(Severity::warning, at(node), std::move(field), std::move(message)));
}

std::string Source::resolve(std::string_view written) const {
  std::filesystem::path given{std::string(written)};
  if (given.is_absolute()) return given.lexically_normal().string();
  return (std::filesystem::path(path_).parent_path() / given).lexically_normal().string();
}

std::string describe_node(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Sequence: return "a list";
    case YAML::NodeType::Map: return "a map of fields";
    case YAML::NodeType::Scalar: return node.Scalar();
    default: return "nothing";
  }
}

std::optional<std::string> read_text(const Source& source, const YAML::Node& node, const std::string& field) {
  if (node.IsNull()) {
    source.error(node, field, "has no value; leave the field out if the papers say nothing", "nothing",
                 "some text");
    return std::nullopt;
  }
  if (!node.IsScalar()) {
    source.error(node, field, "should be a single piece of text", describe_node(node), "some text");
    return std::nullopt;
  }
  if (node.Scalar().empty()) {
    source.error(node, field, "is empty; leave the field out if the papers say nothing", "\"\"", "some text");
    return std::nullopt;
  }
  return node.Scalar();
}

std::optional<int> read_integer(const Source& source, const YAML::Node& node, const std::string& field, int min,
                                int max) {
  std::string expected = "a whole number from " + std::to_string(min) + " to " + std::to_string(max);
  if (!node.IsScalar()) {
    source.error(node, field, "should be a whole number", describe_node(node), expected);
    return std::nullopt;
  }
  const std::string& text = node.Scalar();
  int value = 0;
  auto [end, problem] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || problem != std::errc{} || end != text.data() + text.size()) {
    source.error(node, field, "is not a whole number", text, expected);
    return std::nullopt;
  }
  if (value < min || value > max) {
    source.error(node, field, "is out of range", text, expected);
    return std::nullopt;
  }
  return value;
}

std::optional<bool> read_flag(const Source& source, const YAML::Node& node, const std::string& field) {
  if (node.IsScalar()) {
    std::string word = lower(node.Scalar());
    if (word == "true" || word == "yes") return true;
    if (word == "false" || word == "no") return false;
  }
  source.error(node, field, "should be yes or no", describe_node(node), "true or false");
  return std::nullopt;
}

std::optional<Date> read_date(const Source& source, const YAML::Node& node, const std::string& field) {
  const std::string expected = "a date as YYYY-MM-DD, such as 2024-09-17";
  if (!node.IsScalar()) {
    source.error(node, field, "should be a date", describe_node(node), expected);
    return std::nullopt;
  }
  if (auto date = parse_iso_date(node.Scalar())) return date;
  bool shaped = looks_like(node.Scalar(), "9999-99-99");
  source.error(node, field, shaped ? "there is no such day" : "is not a date", node.Scalar(), expected);
  return std::nullopt;
}

std::optional<WallTime> read_time(const Source& source, const YAML::Node& node, const std::string& field) {
  const std::string expected = "a 24-hour time as HH:MM, such as 10:00 or 14:30";
  if (!node.IsScalar()) {
    source.error(node, field, "should be a time of day", describe_node(node), expected);
    return std::nullopt;
  }
  if (auto time = parse_wall_time(node.Scalar())) return time;
  bool shaped = looks_like(node.Scalar(), "99:99") || looks_like(node.Scalar(), "9:99");
  source.error(node, field, shaped ? "there is no such time of day" : "is not a time of day", node.Scalar(),
               expected);
  return std::nullopt;
}

std::optional<std::string> read_id(const Source& source, const YAML::Node& node, const std::string& field) {
  auto text = read_text(source, node, field);
  if (!text) return std::nullopt;
  bool fit = std::isalnum(static_cast<unsigned char>(text->front())) && text->size() <= 100 &&
             std::all_of(text->begin(), text->end(), [](char c) {
               return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
             });
  if (!fit) {
    source.error(node, field, "is not a usable id", *text,
                 "lower-case letters, digits and hyphens, such as ilsc-2024-09-17");
    return std::nullopt;
  }
  return text;
}

Fields::Fields(const Source& source, const YAML::Node& node, std::string path,
               std::span<const std::string_view> known)
    : source_(source), node_(node), path_(std::move(path)) {
  if (!node.IsMap()) {
    source.error(node, path_, "should be a map of fields (name: value on separate lines)", describe_node(node),
                 "a map of fields");
    return;
  }
  is_map_ = true;
  std::string listed;
  for (std::string_view k : known) listed += (listed.empty() ? "" : ", ") + std::string(k);
  for (const auto& entry : node) {
    const YAML::Node key = entry.first;
    if (!key.IsScalar()) {
      source.error(key, path_, "has a field whose name is not text", describe_node(key), "one of " + listed);
      continue;
    }
    const std::string& name = key.Scalar();
    auto earlier = std::find_if(entries_.begin(), entries_.end(), [&](const auto& e) { return e.first == name; });
    if (earlier != entries_.end()) {
      source.error(key, this->path(name), "is given twice in the same place; keep one",
                   "`" + name + "` again", "each field once (the first is at line " +
                                               std::to_string(source.at(earlier->second).line) + ")");
      continue;
    }
    if (std::find(known.begin(), known.end(), name) == known.end()) {
      std::string message = "`" + name + "` is not a field here";
      std::size_t colon = name.find(':');
      if (colon != std::string::npos &&
          std::find(known.begin(), known.end(), std::string_view(name).substr(0, colon)) != known.end())
        message = "`" + name + "`: put a space after the colon, as in `" + name.substr(0, colon) + ": " +
                  name.substr(colon + 1) + "`";
      else if (auto near = nearest(name, known)) message = "`" + name + "`: did you mean `" + *near + "`?";
      source.error(key, this->path(name), message, "`" + name + "`", "one of " + listed);
      continue;
    }
    entries_.emplace_back(name, YAML::Node(entry.second));
  }
}

std::string Fields::path(std::string_view key) const {
  return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
}

std::optional<YAML::Node> Fields::value(std::string_view key) const {
  for (const auto& [name, node] : entries_)
    if (name == key) return node;
  return std::nullopt;
}

bool Fields::require(std::string_view key, std::string_view expected) const {
  if (!is_map_ || has(key)) return true;
  source_.error(node_, path(key), "is missing", "", std::string(expected));
  return false;
}

bool Fields::require_all(std::initializer_list<std::pair<std::string_view, std::string_view>> keys) const {
  bool all = true;
  for (const auto& [key, expected] : keys)
    if (!require(key, expected)) all = false;
  return all;
}

std::optional<std::string> Fields::text(std::string_view key) const {
  auto v = value(key);
  return v ? read_text(source_, *v, path(key)) : std::nullopt;
}

std::optional<int> Fields::integer(std::string_view key, int min, int max) const {
  auto v = value(key);
  return v ? read_integer(source_, *v, path(key), min, max) : std::nullopt;
}

std::optional<bool> Fields::flag(std::string_view key) const {
  auto v = value(key);
  return v ? read_flag(source_, *v, path(key)) : std::nullopt;
}

std::optional<Date> Fields::date(std::string_view key) const {
  auto v = value(key);
  return v ? read_date(source_, *v, path(key)) : std::nullopt;
}

std::optional<std::chrono::year_month> Fields::month(std::string_view key) const {
  auto v = value(key);
  if (!v) return std::nullopt;
  auto text = read_text(source_, *v, path(key));
  if (!text) return std::nullopt;
  if (auto month = parse_iso_month(*text)) return month;
  source_.error(*v, path(key), looks_like(*text, "9999-99") ? "there is no such month" : "is not a month", *text,
                "a month as YYYY-MM, such as 2025-07");
  return std::nullopt;
}

std::optional<WallTime> Fields::time(std::string_view key) const {
  auto v = value(key);
  return v ? read_time(source_, *v, path(key)) : std::nullopt;
}

std::optional<std::string> Fields::id(std::string_view key) const {
  auto v = value(key);
  return v ? read_id(source_, *v, path(key)) : std::nullopt;
}

std::vector<std::string> Fields::texts(std::string_view key) const {
  std::vector<std::string> found;
  auto v = value(key);
  if (!v) return found;
  if (v->IsScalar()) {
    if (auto text = read_text(source_, *v, path(key))) found.push_back(*text);
    return found;
  }
  if (!v->IsSequence()) {
    source_.error(*v, path(key), "should be a list of text", describe_node(*v), "a list such as [a, b]");
    return found;
  }
  for (std::size_t i = 0; i < v->size(); ++i)
    if (auto text = read_text(source_, (*v)[i], nth(path(key), i))) found.push_back(*text);
  return found;
}

std::optional<YAML::Node> Fields::list(std::string_view key) const {
  auto v = value(key);
  if (!v) return std::nullopt;
  if (!v->IsSequence()) {
    source_.error(*v, path(key), "should be a list, each entry starting with \"- \"", describe_node(*v), "a list");
    return std::nullopt;
  }
  return v;
}

}  // namespace agendad::planner::load
