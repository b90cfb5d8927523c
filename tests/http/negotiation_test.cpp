#include "daemon/http/negotiation.hpp"

#include <gtest/gtest.h>

namespace agendad::http {
namespace {

TEST(IfNoneMatch, MatchesTheTagInAList) {
  EXPECT_TRUE(if_none_match("\"abc\"", "\"abc\""));
  EXPECT_TRUE(if_none_match("\"x\", \"abc\"", "\"abc\""));
  EXPECT_TRUE(if_none_match("\"x\",\"y\" ,  \"abc\"", "\"abc\""));
  EXPECT_FALSE(if_none_match("\"x\", \"y\"", "\"abc\""));
  EXPECT_FALSE(if_none_match("\"abcd\"", "\"abc\""));
}

TEST(IfNoneMatch, StarMatchesAnyCurrentRepresentation) {
  EXPECT_TRUE(if_none_match("*", "\"abc\""));
  EXPECT_TRUE(if_none_match(" * ", "\"abc\""));
}

TEST(IfNoneMatch, ComparesWeakly) {
  EXPECT_TRUE(if_none_match("W/\"abc\"", "\"abc\""));
  EXPECT_TRUE(if_none_match("\"x\", W/\"abc\"", "\"abc\""));
}

TEST(IfNoneMatch, AMalformedValueMatchesNothing) {
  EXPECT_FALSE(if_none_match("abc", "\"abc\""));
  EXPECT_FALSE(if_none_match("\"abc", "\"abc\""));
  EXPECT_FALSE(if_none_match("", "\"abc\""));
  EXPECT_FALSE(if_none_match("\"x\" \"abc\"", "\"abc\""));  // not comma-separated
}

TEST(AcceptEncoding, AcceptsGzipWhenNamedOrStarred) {
  EXPECT_TRUE(accepts_gzip("gzip"));
  EXPECT_TRUE(accepts_gzip("gzip, deflate, br"));
  EXPECT_TRUE(accepts_gzip("br;q=1.0, GZIP;q=0.5"));
  EXPECT_TRUE(accepts_gzip("x-gzip"));
  EXPECT_TRUE(accepts_gzip("*"));
}

TEST(AcceptEncoding, RefusesGzipWhenAbsentOrWeightedZero) {
  EXPECT_FALSE(accepts_gzip(""));
  EXPECT_FALSE(accepts_gzip("identity"));
  EXPECT_FALSE(accepts_gzip("br, deflate"));
  EXPECT_FALSE(accepts_gzip("gzip;q=0"));
  EXPECT_FALSE(accepts_gzip("gzip;q=0.000, *"));
  EXPECT_FALSE(accepts_gzip("*;q=0"));
  EXPECT_FALSE(accepts_gzip("gzipped"));
}

}  // namespace
}  // namespace agendad::http
