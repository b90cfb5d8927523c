#include "planner/load/prescan.hpp"

#include <algorithm>
#include <cstdio>
#include <utility>
#include <vector>

#include "planner/load/load_programme.hpp"
#include "planner/model/utf8.hpp"

namespace agendad::planner::load {
namespace {

Diagnostic refusal(const std::string& path, int line, int column, std::string message, std::string found,
                   std::string expected) {
  return Diagnostic{Severity::error, {path, line, column}, "", std::move(message), std::move(found),
                    std::move(expected)};
}

// At most `limit` bytes of the text, not splitting a UTF-8 character.
std::string_view whole_characters(std::string_view text, std::size_t limit) {
  if (text.size() <= limit) return text;
  while (limit > 0 && (static_cast<unsigned char>(text[limit]) & 0xC0) == 0x80) --limit;
  return text.substr(0, limit);
}

bool starts_node(char previous) {
  return previous == '\0' || previous == ':' || previous == '-' || previous == '[' || previous == '{' ||
         previous == ',' || previous == '?';
}

// Walks the text once, line by line, as far as YAML's structure matters for depth and anchors.
class Scanner {
 public:
  Scanner(const std::string& path, std::string_view text) : path_(path), text_(text) {}

  Diagnostics run() {
    std::size_t start = 0;
    while (start <= text_.size() && errors_.empty()) {
      std::size_t end = text_.find('\n', start);
      if (end == std::string_view::npos) end = text_.size();
      scan_line(text_.substr(start, end - start));
      ++line_;
      start = end + 1;
    }
    if (quote_ != '\0' && errors_.empty()) {
      line_ = quote_opened_.first;
      fail(quote_opened_.second, std::string("the quotation mark (") + quote_ + ") that starts this value is never closed",
           std::string(1, quote_), std::string("a closing ") + quote_ + " at the end of the value");
    }
    return errors_;
  }

 private:
  void scan_line(std::string_view line) {
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::size_t indent = 0;
    while (indent < line.size() && line[indent] == ' ') ++indent;
    std::string_view rest = line.substr(indent);
    std::size_t first = rest.find_first_not_of(" \t");
    bool blank = first == std::string_view::npos || rest[first] == '#';
    if (block_scalar_indent_ >= 0) {
      if (blank || static_cast<int>(indent) > block_scalar_indent_) return;  // text of a | or > scalar
      block_scalar_indent_ = -1;
    }
    if (blank) return;
    if (rest.front() == '\t' && quote_ == '\0' && flow_depth_ == 0) {
      fail(static_cast<int>(indent) + 1, "a tab is used for indentation; YAML allows only spaces there",
           "a tab", "spaces");
      return;
    }
    bool at_top = indent == 0 && quote_ == '\0' && flow_depth_ == 0;
    // yaml-cpp's LoadAll can loop for ever on a broken second document, so only one document is
    // read and any other is refused here.
    if (at_top && rest.starts_with("...") && (rest.size() == 3 || rest[3] == ' ')) {
      ended_ = true;
      return;
    }
    bool starts_document = at_top && rest.starts_with("---") && (rest.size() == 3 || rest[3] == ' ');
    if ((starts_document && seen_content_) || ended_) {
      fail(1, "the file holds more than one YAML document (a second \"---\"); use one per file",
           std::string(rest.substr(0, 3)), "one document");
      return;
    }
    std::size_t from = indent;
    if (starts_document) {  // "--- value": the value is scanned like any other
      from = rest.find_first_not_of(' ', 3);
      if (from == std::string_view::npos || rest[from] == '#') return;
    }
    seen_content_ = true;
    if (quote_ == '\0' && flow_depth_ == 0) {
      while (!indents_.empty() && indents_.back() >= indent) indents_.pop_back();
      indents_.push_back(indent);
    }
    scan_tokens(line, from);
  }

  void scan_tokens(std::string_view line, std::size_t from) {
    char previous = '\0';  // the last significant character on the line
    int compact = 0;       // "- - -": sequences opened on this line
    for (std::size_t i = from; i < line.size(); ++i) {
      char c = line[i];
      int column = static_cast<int>(i) + 1;
      if (quote_ != '\0') {
        if (quote_ == '"' && c == '\\') ++i;
        else if (c == quote_) {
          if (quote_ == '\'' && i + 1 < line.size() && line[i + 1] == '\'') ++i;
          else quote_ = '\0', previous = 'x';
        }
        continue;
      }
      if (c == ' ' || c == '\t') continue;
      if (c == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) return;
      bool at_node = starts_node(previous) && (previous != ':' && previous != '-' ? true : line[i - 1] == ' ');
      if (at_node && (c == '"' || c == '\'')) {
        quote_ = c;
        quote_opened_ = {line_, column};
        continue;
      }
      if (at_node && (c == '&' || c == '*') && i + 1 < line.size() && line[i + 1] != ' ') {
        fail(column,
             c == '&' ? "an anchor (&name) is used; the configuration does not allow anchors or aliases, "
                        "so write the value out in full (or quote it, if it is text)"
                      : "an alias (*name) is used; the configuration does not allow anchors or aliases, "
                        "so write the value out in full (or quote it, if it is text)",
             std::string(whole_characters(line.substr(i), 20)), "a plain value");
        return;
      }
      if (at_node && (c == '|' || c == '>') && flow_depth_ == 0) {
        block_scalar_indent_ = static_cast<int>(indents_.empty() ? 0 : indents_.back());
        return;
      }
      if (at_node && flow_depth_ == 0 && (c == ',' || c == ']' || c == '}')) {
        // No value can start with these outside [ ] or { }; yaml-cpp does not always say so.
        fail(column, std::string("`") + c + "` cannot start a value; put the value in quotes if it is text",
             std::string(1, c), "a value, or a list in [ ] or a map in { }");
        return;
      }
      if ((c == '[' || c == '{') && (flow_depth_ > 0 || at_node)) ++flow_depth_;
      if ((c == ']' || c == '}') && flow_depth_ > 0) --flow_depth_;
      if (c == '-' && flow_depth_ == 0 && starts_node(previous) && (i + 1 == line.size() || line[i + 1] == ' '))
        ++compact;
      if (static_cast<int>(indents_.size()) + compact + flow_depth_ > max_nesting_depth) {
        fail(column, "the YAML is nested more than " + std::to_string(max_nesting_depth) + " levels deep", "",
             "at most " + std::to_string(max_nesting_depth) + " levels");
        return;
      }
      previous = c;
    }
  }

  void fail(int column, std::string message, std::string found, std::string expected) {
    errors_.push_back(refusal(path_, line_, column, std::move(message), std::move(found), std::move(expected)));
  }

  const std::string& path_;
  std::string_view text_;
  int line_ = 1;
  std::pair<int, int> quote_opened_;  // line and column of the open quotation mark
  char quote_ = '\0';
  int flow_depth_ = 0;
  int block_scalar_indent_ = -1;
  bool seen_content_ = false;
  bool ended_ = false;  // a "..." has closed the document  // >= 0 while inside a | or > scalar: the indent of its key
  std::vector<std::size_t> indents_;
  Diagnostics errors_;
};

}  // namespace

Result<std::string_view> prescan(const std::string& path, std::string_view text) {
  if (text.size() > max_config_file_bytes)
    return tl::unexpected(Diagnostics{refusal(path, 0, 0, "the file is too large to be a configuration file",
                                              std::to_string(text.size()) + " bytes",
                                              "at most " + std::to_string(max_config_file_bytes) + " bytes")});
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  int line = 1, column = 1;
  for (std::size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    std::size_t length = utf8_sequence_length(text.substr(i));
    if (length == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7F) {
      char hex[8];
      std::snprintf(hex, sizeof hex, "0x%02X", c);
      return tl::unexpected(Diagnostics{refusal(path, line, column,
                                                "the file holds bytes that are not text; is it a YAML file?",
                                                std::string("the byte ") + hex, "UTF-8 text")});
    }
    if (c == '\n') ++line, column = 1;
    else ++column;
    i += length;
  }
  bool empty = true;
  for (std::size_t start = 0; start < text.size() && empty;) {
    std::size_t end = std::min(text.find('\n', start), text.size());
    std::string_view l = text.substr(start, end - start);
    std::size_t first = l.find_first_not_of(" \t\r");
    if (first != std::string_view::npos && l[first] != '#') empty = false;
    start = end + 1;
  }
  if (empty)
    return tl::unexpected(Diagnostics{refusal(path, 0, 0, "the file is empty", "",
                                              "at least one of council, venues, bodies, committees")});
  Diagnostics errors = Scanner(path, text).run();
  if (!errors.empty()) return tl::unexpected(std::move(errors));
  return text;
}

}  // namespace agendad::planner::load
