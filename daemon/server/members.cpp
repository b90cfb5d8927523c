#include "daemon/server/members.hpp"

#include <fstream>
#include <sstream>

#include <sys/stat.h>

namespace agendad::server {
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

std::string lower(std::string_view text) {
  std::string out(text);
  for (auto& c : out)
    if (c >= 'A' && c <= 'F') c = static_cast<char>(c + 32);
  return out;
}

}  // namespace

Result<std::vector<Digest>> load_member_tokens(const std::filesystem::path& secrets_file) {
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
  std::vector<Digest> tokens;
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
    else
      tokens.push_back(digest_of(lower(token)));
  }
  if (!errors.empty()) return tl::unexpected(std::move(errors));
  if (tokens.empty())
    return tl::unexpected(Diagnostics{error_at(secrets_file, 0, "the members' secrets file holds no token")});
  return tokens;
}

bool is_member_token(const std::vector<Digest>& tokens, std::string_view token) {
  // Digests have a fixed size, so the comparison's time depends neither on the candidate's
  // length nor on how much of it is right; no early exit once a token matches.
  const auto candidate = digest_of(lower(token));
  bool found = false;
  for (const auto& known : tokens) found = constant_time_equal(known, candidate) || found;
  return found;
}

void append_masked_target(std::string& out, std::string_view target) {
  constexpr std::string_view prefix = "/members/";
  if (!target.starts_with(prefix)) {
    out += target;
    return;
  }
  const auto end = target.find_first_of("/?", prefix.size());
  out += prefix;
  out += "****";
  if (end != std::string_view::npos) out += target.substr(end);
}

}  // namespace agendad::server
