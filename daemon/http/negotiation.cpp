#include "daemon/http/negotiation.hpp"

#include <optional>

#include "daemon/http/http_date.hpp"

namespace agendad::http {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t'; }

std::string_view trim(std::string_view text) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; };
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

// Takes one entity tag off the front of `text`: its opaque part, quotes included and W/ removed.
std::optional<std::string_view> next_tag(std::string_view& text) {
  text = trim(text);
  if (text.starts_with("W/")) text.remove_prefix(2);
  if (text.empty() || text.front() != '"') return std::nullopt;
  const auto close = text.find('"', 1);
  if (close == std::string_view::npos) return std::nullopt;
  const auto tag = text.substr(0, close + 1);
  for (char c : tag.substr(1, tag.size() - 2))
    if (static_cast<unsigned char>(c) < 0x21 || c == 0x7f) return std::nullopt;
  text.remove_prefix(close + 1);
  return tag;
}

// The q-value of one Accept-Encoding member's parameters (";q=0.5"); 1 when absent.
double q_value(std::string_view parameters) {
  while (!parameters.empty()) {
    const auto semicolon = parameters.find(';');
    auto parameter = trim(parameters.substr(0, semicolon));
    parameters = semicolon == std::string_view::npos ? std::string_view{} : parameters.substr(semicolon + 1);
    if (parameter.size() < 2 || (parameter[0] != 'q' && parameter[0] != 'Q') || parameter[1] != '=') continue;
    parameter.remove_prefix(2);
    // qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] ): anything but zero accepts.
    for (char c : parameter)
      if (c >= '1' && c <= '9') return 1;
    return 0;
  }
  return 1;
}

}  // namespace

bool if_none_match(std::string_view header, std::string_view etag) {
  header = trim(header);
  if (header == "*") return true;
  std::string_view wanted = etag;
  if (wanted.starts_with("W/")) wanted.remove_prefix(2);
  while (true) {
    const auto tag = next_tag(header);
    if (!tag) return false;
    if (*tag == wanted) return true;
    header = trim(header);
    if (header.empty()) return false;
    if (header.front() != ',') return false;
    header.remove_prefix(1);
    // Empty list members (", ,") are allowed by the list syntax.
    while (!trim(header).empty() && trim(header).front() == ',') header = trim(header).substr(1);
  }
}

bool accepts_gzip(std::string_view accept_encoding) {
  std::optional<bool> gzip;
  bool star = false;
  while (!accept_encoding.empty()) {
    const auto comma = accept_encoding.find(',');
    const auto member = accept_encoding.substr(0, comma);
    accept_encoding = comma == std::string_view::npos ? std::string_view{} : accept_encoding.substr(comma + 1);
    const auto semicolon = member.find(';');
    const auto coding = trim(member.substr(0, semicolon));
    const bool accepted =
        q_value(semicolon == std::string_view::npos ? std::string_view{} : member.substr(semicolon + 1)) > 0;
    if (iequals(coding, "gzip") || iequals(coding, "x-gzip"))
      gzip = accepted;
    else if (coding == "*")
      star = accepted;
  }
  return gzip.value_or(star);
}

bool not_modified(const Request& request, std::string_view etag, std::chrono::sys_seconds last_modified) {
  if (request.has_if_none_match) return if_none_match(request.if_none_match, etag);
  if (!request.has_if_modified_since) return false;
  const auto since = parse_http_date(request.if_modified_since);
  return since && last_modified <= *since;
}

}  // namespace agendad::http
