// The words the planner's sentences share: ranks and lists.
#include "planner/rules/wording.hpp"

#include <gtest/gtest.h>

#include <string_view>
#include <vector>

namespace agendad::planner {
namespace {

struct RankCase {
  int rank;
  const char* words;
};

class Ordinal : public ::testing::TestWithParam<RankCase> {};

TEST_P(Ordinal, NamesTheRankAsAClerkWouldWriteIt) { EXPECT_EQ(ordinal(GetParam().rank), GetParam().words); }

INSTANTIATE_TEST_SUITE_P(Ranks, Ordinal,
                         ::testing::Values(RankCase{1, "1st"}, RankCase{2, "2nd"}, RankCase{3, "3rd"},
                                           RankCase{4, "4th"}, RankCase{11, "11th"}, RankCase{12, "12th"},
                                           RankCase{13, "13th"}, RankCase{21, "21st"}, RankCase{22, "22nd"},
                                           RankCase{101, "101st"}, RankCase{111, "111th"}, RankCase{112, "112th"}));

TEST(Listed, JoinsWithCommasAndAFinalAnd) {
  EXPECT_EQ(listed(std::vector<std::string_view>{}), "");
  EXPECT_EQ(listed(std::vector<std::string_view>{"A"}), "A");
  EXPECT_EQ(listed(std::vector<std::string_view>{"A", "B"}), "A and B");
  EXPECT_EQ(listed(std::vector<std::string>{"A", "B", "C"}), "A, B and C");
}

}  // namespace
}  // namespace agendad::planner
