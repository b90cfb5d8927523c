#include <gtest/gtest.h>

#include "feeds/pages/escape.hpp"

namespace agendad::pages {
namespace {

TEST(Escape, HtmlEscapesEveryMarkupCharacter) {
  EXPECT_EQ(html_escape("<script>alert('x & \"y\"')</script>"),
            "&lt;script&gt;alert(&#39;x &amp; &quot;y&quot;&#39;)&lt;/script&gt;");
  EXPECT_EQ(html_escape("Children’s Services"), "Children’s Services");  // UTF-8 passes through
}

TEST(Escape, MarkdownKeepsMarkupLiteralButOrdinaryTextReadable) {
  EXPECT_EQ(markdown_escape("<script>*bold*</script>"), "\\<script\\>\\*bold\\*\\</script\\>");
  EXPECT_EQ(markdown_escape("[link](http://x)"), "\\[link\\](http://x)");
  EXPECT_EQ(markdown_escape("Tuesday 17 September 2024 at 10.00 a.m."), "Tuesday 17 September 2024 at 10.00 a.m.");
  EXPECT_EQ(markdown_escape("# not a heading"), "\\# not a heading");
  EXPECT_EQ(markdown_escape("7. Ofsted"), "7\\. Ofsted");
  EXPECT_EQ(markdown_escape("a\n- b"), "a\n\\- b");
  EXPECT_EQ(markdown_escape("&lt; and R&D"), "\\&lt; and R&D");
}

}  // namespace
}  // namespace agendad::pages
