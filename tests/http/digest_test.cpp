// The digest behind ETags, the configuration's hash and members' tokens: SHA-256 by its own
// test vectors (FIPS 180-2), all 32 bytes of it, and a comparison that says only equal or not.
#include "daemon/http/digest.hpp"

#include <gtest/gtest.h>

namespace agendad::http {
namespace {

TEST(Digest, IsSha256ByTheStandardsTestVectors) {
  EXPECT_EQ(hex(digest_of("abc")), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(hex(digest_of("")), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(hex(digest_of("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST(Digest, EveryByteCountsInTheComparison) {
  const Digest a = digest_of("token");
  for (std::size_t i = 0; i < a.size(); ++i) {
    Digest b = a;
    b[i] ^= 1;
    EXPECT_FALSE(constant_time_equal(a, b)) << i;
  }
  EXPECT_TRUE(constant_time_equal(a, digest_of("token")));
}

}  // namespace
}  // namespace agendad::http
