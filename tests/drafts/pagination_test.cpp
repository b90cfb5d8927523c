#include <gtest/gtest.h>

#include "feeds/drafts/pagination.hpp"

namespace agendad::drafts {
namespace {

TEST(Pagination, NumbersTheSeventeenSeptemberPackAsTheSeedsDo) {
  // Front sheet 2, minutes 14, Ofsted report 5, work programme 3: (Pages 3 - 16),
  // (Pages 17 - 21), a blank page 22, (Pages 23 - 25), and a blank page 26 to end the pack.
  PackLayout layout = lay_out_pack(2, {14, 5, 3});
  ASSERT_EQ(layout.documents.size(), 3u);
  EXPECT_EQ(layout.documents[0]->first, 3);
  EXPECT_EQ(layout.documents[0]->last, 16);
  EXPECT_EQ(layout.documents[1]->first, 17);
  EXPECT_EQ(layout.documents[1]->last, 21);
  EXPECT_EQ(layout.documents[2]->first, 23);
  EXPECT_EQ(layout.documents[2]->last, 25);
  EXPECT_EQ(layout.blank_pages, (std::vector<int>{22, 26}));
  EXPECT_EQ(layout.total_pages, 26);
}

TEST(Pagination, AnOddFrontSheetIsFollowedByABlankPage) {
  PackLayout layout = lay_out_pack(1, {4});
  EXPECT_EQ(layout.documents[0]->first, 3);
  EXPECT_EQ(layout.blank_pages, (std::vector<int>{2}));
  EXPECT_EQ(layout.total_pages, 6);
}

TEST(Pagination, AMissingCountStopsTheNumberingFromThere) {
  PackLayout layout = lay_out_pack(2, {14, std::nullopt, 3});
  ASSERT_TRUE(layout.documents[0].has_value());
  EXPECT_FALSE(layout.documents[1].has_value());
  EXPECT_FALSE(layout.documents[2].has_value());
  EXPECT_FALSE(layout.total_pages.has_value());
}

TEST(Pagination, NoFrontSheetCountMeansNoRangesAtAll) {
  PackLayout layout = lay_out_pack(std::nullopt, {14, 5});
  EXPECT_FALSE(layout.documents[0].has_value());
  EXPECT_FALSE(layout.documents[1].has_value());
  EXPECT_FALSE(lay_out_pack(0, {3}).documents[0].has_value());
}

}  // namespace
}  // namespace agendad::drafts
