#include "planner/sources/component_outline.hpp"

#include <algorithm>
#include <cctype>
#include <optional>

namespace agendad::planner::sources {
namespace {

constexpr std::size_t max_depth = 16;  // VCALENDAR > VEVENT > VALARM is three; guards the recursion after

std::string upper(std::string_view text) {
  std::string result(text);
  std::transform(result.begin(), result.end(), result.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return result;
}

// "BEGIN:VEVENT" -> "VEVENT" when the line is a BEGIN (or END) line.
std::optional<std::string> block_name(const std::string& text, std::string_view keyword) {
  if (text.size() <= keyword.size() || upper(text.substr(0, keyword.size())) != keyword) return std::nullopt;
  std::string name = text.substr(keyword.size());
  while (!name.empty() && (name.back() == ' ' || name.back() == '\t')) name.pop_back();
  return upper(name);
}

Diagnostic refuse(const std::string& source, int line, std::string message, std::string found = {}) {
  return Diagnostic{Severity::error, {source, line, 0}, "", std::move(message), std::move(found), ""};
}

}  // namespace

Result<std::vector<OutlineNode>> outline_calendars(const std::vector<ContentLine>& lines, const std::string& source) {
  OutlineNode root;
  std::vector<OutlineNode*> open{&root};
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const ContentLine& line = lines[i];
    if (auto name = block_name(line.text, "BEGIN:")) {
      if (open.size() == 1 && *name != "VCALENDAR")
        return tl::unexpected(
            Diagnostics{refuse(source, line.line, "the file must begin with BEGIN:VCALENDAR", line.text)});
      if (open.size() > max_depth)
        return tl::unexpected(Diagnostics{refuse(source, line.line, "components nested too deeply", line.text)});
      open.back()->children.push_back(OutlineNode{*name, i, i, {}});
      open.push_back(&open.back()->children.back());
    } else if (auto name = block_name(line.text, "END:")) {
      if (open.size() == 1)
        return tl::unexpected(Diagnostics{refuse(source, line.line, "an END with no BEGIN before it", line.text)});
      OutlineNode& current = *open.back();
      if (*name != current.name)
        return tl::unexpected(Diagnostics{refuse(source, line.line,
                                                 "END:" + *name + " does not close BEGIN:" + current.name +
                                                     " of line " + std::to_string(lines[current.begin].line),
                                                 line.text)});
      current.end = i;
      open.pop_back();
    } else if (open.size() == 1) {
      return tl::unexpected(
          Diagnostics{refuse(source, line.line, "text outside BEGIN:VCALENDAR ... END:VCALENDAR", line.text)});
    }
  }
  if (open.size() > 1) {
    const OutlineNode& unclosed = *open.back();
    return tl::unexpected(Diagnostics{refuse(source, lines[unclosed.begin].line,
                                             "BEGIN:" + unclosed.name + " is never closed by END:" + unclosed.name)});
  }
  if (root.children.empty())
    return tl::unexpected(Diagnostics{
        refuse(source, lines.empty() ? 0 : lines.front().line, "no calendar: the file holds no BEGIN:VCALENDAR")});
  return std::move(root.children);
}

}  // namespace agendad::planner::sources
