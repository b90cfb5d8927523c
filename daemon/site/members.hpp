#pragma once
// Members' access: /members/<token>/... serves the pages and feeds with exempt detail. Tokens
// live in a secrets file outside the configuration (one hex token a line, '#' comments), are
// kept only as digests, and are checked in constant time. The access log never shows a token.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "daemon/http/digest.hpp"
#include "planner/model/diagnostic.hpp"

namespace agendad::site {

inline constexpr std::size_t min_token_hex_digits = 32;  // 128 bits

// Refuses a file that its group or others may read or write, and any token shorter than
// 128 bits or not hexadecimal, each with a located error. So too a token too regular to hold
// 128 bits of entropy: fewer than 8 distinct hex digits ("0000...", "abab..."), or a pattern
// repeated with a period under 32 digits ("0123456789abcdef0123456789abcdef"); a random token
// is refused so with a probability of about 3.5e-8 (see too_little_entropy in members.cpp).
planner::Result<std::vector<http::Digest>> load_member_tokens(const std::filesystem::path& secrets_file);

// Whether `token` is one of the members' tokens. Every token is compared, in constant time.
bool is_member_token(const std::vector<http::Digest>& tokens, std::string_view token);

// Appends `target` to `out` ("/members/<token>/agendas/..." with the token replaced by "****"),
// for the access log, which is written once a request and so appends rather than allocates.
// The path is masked as it resolves, not as it is spelled: an absolute-form target's path, and
// any path with dot segments ("/calendars/../members/<token>/"), empty segments ("//members/")
// or percent-encoded unreserved characters ("/%6dembers/"), are logged normalised (RFC 3986
// §6.2.2), and "/members/" is matched in any case. A path already normal (the usual one) is
// copied as it came. Not decoded: %2F and the other reserved characters, which do not make
// "/members%2F<token>" a members' page.
void append_masked_target(std::string& out, std::string_view target);

}  // namespace agendad::site
