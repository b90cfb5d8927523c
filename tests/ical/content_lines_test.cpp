// Folding and unfolding content lines by octets.
#include "feeds/ical/content_lines.hpp"
#include "planner/model/utf8.hpp"
#include "planner/sources/content_lines.hpp"

#include <gtest/gtest.h>

namespace agendad::ical {

using planner::utf8_sequence_length;

namespace {

TEST(ContentLinesTest, FoldsAt75OctetsBetweenUtf8Characters) {
  std::string value;
  for (int i = 0; i < 60; ++i) value += "ŵ€🎉";  // 2, 3 and 4 octets
  std::string line = "SUMMARY:" + value;
  std::string folded = fold_content_lines(line + "\r\nEND:VEVENT\r\n");
  std::size_t at = 0;
  int lines = 0;
  while (at < folded.size()) {
    std::size_t end = folded.find("\r\n", at);
    ASSERT_NE(end, std::string::npos);
    std::string_view physical(folded.data() + at, end - at);
    EXPECT_LE(physical.size(), 75u);
    for (std::size_t i = 0; i < physical.size(); i += utf8_sequence_length(physical.substr(i)))
      ASSERT_NE(utf8_sequence_length(physical.substr(i)), 0u) << "split character on line " << lines;
    at = end + 2;
    ++lines;
  }
  EXPECT_GT(lines, 8);
  EXPECT_EQ(unfold_content_lines(folded), line + "\r\nEND:VEVENT\r\n");
  EXPECT_EQ(fold_content_lines(folded), folded);  // refolding folded text changes nothing
}

TEST(ContentLinesTest, Utf8SequenceLengthRejectsWhatIsNotUtf8) {
  EXPECT_EQ(utf8_sequence_length("a"), 1u);
  EXPECT_EQ(utf8_sequence_length("ŵ"), 2u);
  EXPECT_EQ(utf8_sequence_length("🎉"), 4u);
  EXPECT_EQ(utf8_sequence_length("\xC0\xAF"), 0u);          // overlong
  EXPECT_EQ(utf8_sequence_length("\xED\xA0\x80"), 0u);      // a UTF-16 surrogate
  EXPECT_EQ(utf8_sequence_length("\xF4\x90\x80\x80"), 0u);  // above U+10FFFF
  EXPECT_EQ(utf8_sequence_length("\xE2\x82"), 0u);          // cut short
  EXPECT_EQ(utf8_sequence_length(""), 0u);
}

}  // namespace
}  // namespace agendad::ical
