#include "daemon/server/digest.hpp"

#include <boost/uuid/detail/sha1.hpp>

namespace agendad::server {

Digest digest_of(std::string_view bytes) {
  boost::uuids::detail::sha1 sha;
  sha.process_bytes(bytes.data(), bytes.size());
  boost::uuids::detail::sha1::digest_type words;
  sha.get_digest(words);
  Digest digest{};
  for (std::size_t i = 0; i < 5; ++i)
    for (std::size_t j = 0; j < 4; ++j)
      digest[i * 4 + j] = static_cast<std::uint8_t>(words[i] >> (24 - 8 * j));
  return digest;
}

std::string hex(const Digest& digest) {
  static constexpr char digits[] = "0123456789abcdef";
  std::string text;
  text.reserve(digest.size() * 2);
  for (auto byte : digest) {
    text += digits[byte >> 4];
    text += digits[byte & 0xf];
  }
  return text;
}

bool constant_time_equal(const Digest& a, const Digest& b) {
  // volatile keeps the compiler from turning the loop back into an early-exit comparison.
  volatile std::uint8_t difference = 0;
  for (std::size_t i = 0; i < a.size(); ++i) difference = difference | (a[i] ^ b[i]);
  return difference == 0;
}

}  // namespace agendad::server
