#include "daemon/site/members.hpp"

#include <array>
#include <fstream>
#include <sstream>

#include <sys/stat.h>

namespace agendad::site {

using planner::Diagnostic, planner::Diagnostics, planner::Result;

namespace {

Diagnostic error_at(const std::filesystem::path& file, int line, std::string message, std::string found = {},
                    std::string expected = {}) {
  Diagnostic diagnostic;
  diagnostic.where = {file.string(), line, line ? 1 : 0};
  diagnostic.field = "secrets";
  diagnostic.message = std::move(message);
  diagnostic.found = std::move(found);
  diagnostic.expected = std::move(expected);
  return diagnostic;
}

bool is_hex(std::string_view text) {
  for (char c : text)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) return false;
  return true;
}

// Why a token of hex digits (at least 32) holds less than 128 bits of entropy, or nullptr. Which
// generator made a token cannot be told from it, so this catches the tokens people make up or
// templates leave behind rather than measuring entropy: all zeros, "abab...", "0123...f0123...f".
//  - Fewer than 8 distinct hex digits. 32 random hex digits show 14 on average, and fewer than
//    8 with a probability of 3.5e-8; a made-up token rarely shows 8.
//  - A repeated pattern: a period p (every digit equals the one p further on) of at most half
//    the token's length, which then holds at most 4p bits, refused when p < 32 (128 bits). Random
//    digits have such a period with a probability below 16^-16.
const char* too_little_entropy(std::string_view token) {
  constexpr std::size_t min_distinct = 8;
  constexpr std::size_t min_period = min_token_hex_digits;
  std::array<bool, 256> seen{};
  std::size_t distinct = 0;
  for (char c : token) {
    auto& was = seen[static_cast<unsigned char>(c)];
    distinct += was ? 0 : 1;
    was = true;
  }
  if (distinct < min_distinct) return "fewer than 8 distinct hex digits";
  for (std::size_t period = 1; period < min_period && period <= token.size() / 2; ++period)
    if (token.substr(period) == token.substr(0, token.size() - period)) return "a pattern repeated";
  return nullptr;
}

std::string lower(std::string_view text) {
  std::string out(text);
  for (auto& c : out)
    if (c >= 'A' && c <= 'F') c = static_cast<char>(c + 32);
  return out;
}

}  // namespace

Result<std::vector<http::Digest>> load_member_tokens(const std::filesystem::path& secrets_file) {
  struct stat status {};
  if (::stat(secrets_file.c_str(), &status) != 0)
    return tl::unexpected(Diagnostics{error_at(secrets_file, 0, "cannot read the members' secrets file")});
  if ((status.st_mode & 077) != 0) {
    std::ostringstream mode;
    mode << std::oct << (status.st_mode & 0777);
    return tl::unexpected(Diagnostics{error_at(secrets_file, 0,
                                               "the members' secrets file may be read or written by its group or "
                                               "others; run chmod 600 on it",
                                               "mode 0" + mode.str(), "mode 0600 or 0400")});
  }
  std::ifstream in(secrets_file);
  if (!in) return tl::unexpected(Diagnostics{error_at(secrets_file, 0, "cannot read the members' secrets file")});
  std::vector<http::Digest> tokens;
  Diagnostics errors;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    std::string_view token = line;
    while (!token.empty() && (token.back() == ' ' || token.back() == '\t' || token.back() == '\r'))
      token.remove_suffix(1);
    while (!token.empty() && (token.front() == ' ' || token.front() == '\t')) token.remove_prefix(1);
    if (token.empty() || token.front() == '#') continue;
    // The error never quotes the token: it is a secret even when it is a bad one.
    if (!is_hex(token))
      errors.push_back(error_at(secrets_file, number, "a member's token must be hexadecimal",
                                std::to_string(token.size()) + " characters, not all hex digits",
                                "at least 32 hex digits (128 bits), e.g. from `openssl rand -hex 16`"));
    else if (token.size() < min_token_hex_digits)
      errors.push_back(error_at(secrets_file, number, "a member's token is too short to be unguessable",
                                std::to_string(token.size()) + " hex digits",
                                "at least 32 hex digits (128 bits)"));
    else if (const auto* why = too_little_entropy(lower(token)))
      errors.push_back(error_at(secrets_file, number, "a member's token is too regular to be unguessable",
                                why, "128 random bits, e.g. from `openssl rand -hex 16`"));
    else
      tokens.push_back(http::digest_of(lower(token)));
  }
  if (!errors.empty()) return tl::unexpected(std::move(errors));
  if (tokens.empty())
    return tl::unexpected(Diagnostics{error_at(secrets_file, 0, "the members' secrets file holds no token")});
  return tokens;
}

bool is_member_token(const std::vector<http::Digest>& tokens, std::string_view token) {
  // Digests have a fixed size, so the comparison's time depends neither on the candidate's
  // length nor on how much of it is right; no early exit once a token matches.
  const auto candidate = http::digest_of(lower(token));
  bool found = false;
  for (const auto& known : tokens) found = http::constant_time_equal(known, candidate) || found;
  return found;
}

namespace {

bool is_unreserved(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
         c == '_' || c == '~';
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool is_members_prefix(std::string_view path) {
  constexpr std::string_view prefix = "/members/";
  if (path.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if (static_cast<char>(path[i] | 0x20) != prefix[i]) return false;  // "/Members/" too
  return true;
}

// Appends `segment` with the percent-encodings of unreserved characters decoded and every other
// one kept, in upper case (RFC 3986 §6.2.2.1-2): "%6dembers" is "members", "%2F" stays "%2F".
void append_decoded(std::string& out, std::string_view segment) {
  for (std::size_t i = 0; i < segment.size(); ++i) {
    const bool escape = segment[i] == '%' && i + 2 < segment.size();
    const int high = escape ? hex_value(segment[i + 1]) : -1;
    const int low = escape ? hex_value(segment[i + 2]) : -1;
    if (high < 0 || low < 0) {
      out += segment[i];
      continue;
    }
    const char decoded = static_cast<char>(high * 16 + low);
    if (is_unreserved(decoded)) {
      out += decoded;
    } else {
      constexpr std::string_view digits = "0123456789ABCDEF";
      out += '%';
      out += digits[static_cast<std::size_t>(high)];
      out += digits[static_cast<std::size_t>(low)];
    }
    i += 2;
  }
}

// Appends `path` normalised: percent-encodings as above, then dot segments removed (RFC 3986
// §5.2.4) and empty segments ("//") dropped, a trailing slash kept. It is written straight into
// `out` (whose earlier text it never touches), so no memory is allocated but out's own.
void append_normalised(std::string& out, std::string_view path) {
  const auto root = out.size();
  bool ends_in_directory = true;  // "", "/", "/a/", "/a/." and "/a/.." all end in "/"
  while (!path.empty()) {
    const auto slash = path.find('/');
    const auto raw = path.substr(0, slash);
    const bool more = slash != std::string_view::npos;
    path = more ? path.substr(slash + 1) : std::string_view{};
    if (raw.empty()) continue;
    const auto mark = out.size();
    out += '/';
    append_decoded(out, raw);
    const std::string_view segment(out.data() + mark + 1, out.size() - mark - 1);
    ends_in_directory = more || segment == "." || segment == "..";
    if (segment == "..") {
      out.resize(mark);
      const auto parent = out.rfind('/');
      out.resize(parent == std::string::npos || parent < root ? root : parent);
    } else if (segment == ".") {
      out.resize(mark);
    }
  }
  if (ends_in_directory) out += '/';
}

// Whether a path needs normalising: anything but '/' followed by characters other than '%' with
// no empty or dot segment. Most targets are already normal, and are logged as they came.
bool is_normal(std::string_view path) {
  if (!path.starts_with('/')) return false;
  for (std::size_t i = 0; i < path.size(); ++i) {
    if (path[i] == '%') return false;
    if (path[i] == '/' && i + 1 < path.size() && (path[i + 1] == '/' || path[i + 1] == '.')) return false;
  }
  return true;
}

}  // namespace

void append_masked_target(std::string& out, std::string_view target) {
  // Absolute-form ("http://host/path"): the scheme and authority as they came, then the path.
  // Any target not in origin-form is treated so, whatever its scheme, or as a path if it has none.
  if (target == "*") {  // OPTIONS *
    out += target;
    return;
  }
  std::string_view path = target;
  if (!target.starts_with('/')) {
    if (const auto scheme_end = target.find("://"); scheme_end != std::string_view::npos) {
      const auto path_start = target.find_first_of("/?#", scheme_end + 3);
      const auto authority_end = path_start == std::string_view::npos ? target.size() : path_start;
      out += target.substr(0, authority_end);
      path = target.substr(authority_end);
    }
  }
  const auto path_end = path.find_first_of("?#");
  const auto query = path_end == std::string_view::npos ? std::string_view{} : path.substr(path_end);
  path = path.substr(0, path_end);

  const auto root = out.size();
  if (is_normal(path))
    out += path;
  else
    append_normalised(out, path);
  if (is_members_prefix(std::string_view(out).substr(root))) {
    // "/members/<token>..." becomes "/members/****...", whatever the token's length.
    const auto token = root + 9;
    const auto token_end = std::min(out.find('/', token), out.size());
    if (token_end > token) out.replace(token, token_end - token, "****");
  }
  out += query;
}

}  // namespace agendad::site
