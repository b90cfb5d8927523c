#pragma once
// Fixed-size digests: for strong ETags, the configuration's hash and members' tokens, which must
// be stable across restarts (so std::hash will not do) and compared in constant time. SHA-256 and
// the comparison come from OpenSSL's libcrypto, a supported interface (Boost's sha1 is private).
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace agendad::http {

using Digest = std::array<std::uint8_t, 32>;  // SHA-256

Digest digest_of(std::string_view bytes);
std::string hex(const Digest& digest);
// Compares every byte whatever the first difference (CRYPTO_memcmp), so that the time taken says
// nothing about how much of a guessed token was right.
bool constant_time_equal(const Digest& a, const Digest& b);

}  // namespace agendad::http
