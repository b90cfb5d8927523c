#pragma once
// Members' access: /members/<token>/... serves the pages and feeds with exempt detail. Tokens
// live in a secrets file outside the configuration (one hex token a line, '#' comments), are
// kept only as digests, and are checked in constant time. The access log never shows a token.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "daemon/server/digest.hpp"
#include "planner/model/diagnostic.hpp"

namespace agendad::server {

inline constexpr std::size_t min_token_hex_digits = 32;  // 128 bits

// Refuses a file that its group or others may read or write, and any token shorter than
// 128 bits or not hexadecimal, each with a located error.
Result<std::vector<Digest>> load_member_tokens(const std::filesystem::path& secrets_file);

// Whether `token` is one of the members' tokens. Every token is compared, in constant time.
bool is_member_token(const std::vector<Digest>& tokens, std::string_view token);

// Appends `target` to `out` ("/members/<token>/agendas/..." with the token replaced by "****"),
// for the access log, which is written once a request and so appends rather than allocates.
void append_masked_target(std::string& out, std::string_view target);

}  // namespace agendad::server
