// The picture of the example's 2024/25 year, read back from its SVG: marks where their dates are,
// a title and a link on every mark, nothing from outside the file, the same bytes every time.
#include "feeds/svg/year_svg.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <regex>

#include "feeds/svg/year_scale.hpp"
#include "tests/support/agendad_process.hpp"
#include "tests/svg/example_year.hpp"

namespace agendad::svg {
namespace {

using testing::example_picture;

double attribute_after(const std::string& svg, std::size_t from, const std::string& name) {
  std::smatch match;
  const std::string rest = svg.substr(from);
  if (!std::regex_search(rest, match, std::regex(" " + name + "=\"(-?[0-9.]+)\""))) return -1;
  return std::stod(match[1]);
}

double tick(const std::string& svg, const std::string& date) {
  const auto at = svg.find("data-date=\"" + date + "\"");
  EXPECT_NE(at, std::string::npos) << date;
  const auto line = svg.rfind("<line", at);
  return attribute_after(svg, line, "x1");
}

// The x of the meeting mark whose <title> starts with `title`.
double meeting_x(const std::string& svg, const std::string& title) {
  const auto at = svg.find("<title>" + title);
  EXPECT_NE(at, std::string::npos) << title;
  if (at == std::string::npos) return -1;
  const auto mark = svg.find("<circle", at);
  return attribute_after(svg, mark, "cx");
}

TEST(YearSvg, MarksSitBetweenTheTicksOfTheirMonth) {
  const auto svg = example_picture();
  const double september = tick(svg, "2024-09-01"), october = tick(svg, "2024-10-01");
  const double x = meeting_x(svg, "Meeting, Tuesday 17 September 2024, 10.00 a.m.: ");
  EXPECT_GT(x, september);
  EXPECT_LT(x, october);
  // Seventeen days into a thirty-day month.
  EXPECT_NEAR((x - september) / (october - september), 16.5 / 30, 0.01);
  const double march = tick(svg, "2025-03-01"), april = tick(svg, "2025-04-01");
  const double today = attribute_after(svg, svg.rfind("<line", svg.find("id=\"today\"")), "x1");
  EXPECT_GT(today, march);
  EXPECT_LT(today, april);
}

TEST(YearSvg, EveryMeetingHasItsLoadInItsTitleAndLinksToItsAgenda) {
  const auto svg = example_picture();
  EXPECT_NE(svg.find("<a href=\"../agendas/ilsc/2024-09-17.html\" target=\"_top\">\n<title>Meeting, Tuesday 17 "
                     "September 2024, 10.00 a.m.: 1 item of 3; capacity assumed, none configured; agenda out by 9 "
                     "September 2024</title>"),
            std::string::npos)
      << svg.substr(0, 4000);
  EXPECT_NE(svg.find("<title>Workshop, Monday 21 October 2024</title>"), std::string::npos);
  EXPECT_NE(svg.find("<title>Meeting, Tuesday 22 April 2025, 10.00 a.m. (to be confirmed): 3 items of 3"), std::string::npos);
  // Every link is a titled mark.
  const std::regex anchor("<a href=\"[^\"]*\" target=\"_top\">\n<title>[^<]+</title>");
  const auto titled = std::distance(std::sregex_iterator(svg.begin(), svg.end(), anchor), std::sregex_iterator());
  std::size_t anchors = 0;
  for (auto at = svg.find("<a "); at != std::string::npos; at = svg.find("<a ", at + 1)) ++anchors;
  EXPECT_EQ(static_cast<std::size_t>(titled), anchors);
  EXPECT_GT(anchors, 20u);
}

TEST(YearSvg, ShowsTheDatesAroundTheMeetings) {
  const auto svg = example_picture();
  EXPECT_NE(svg.find("<title>Bank holiday: Christmas Day, Wednesday 25 December 2024</title>"), std::string::npos);
  EXPECT_NE(svg.find("<title>Agenda to be published by"), std::string::npos);
  EXPECT_NE(svg.find(" awaiting a date</title>"), std::string::npos);
  // The Kinship Local Offer's critical flag turns on Cabinet in July 2025, after the year: in the margin.
  EXPECT_NE(svg.find("<title>Flags not dated within the year: critical: Rotherham Kinship Local Offer must come before"),
            std::string::npos);
  EXPECT_NE(svg.find("<title>warning: Revised Elective Home Education Policy Update was rescheduled"), std::string::npos);
  EXPECT_NE(svg.find("<title>Due after the year:"), std::string::npos);  // the Kinship Local Offer, Cabinet in July 2025
}

TEST(YearSvg, IsSelfContainedAccessibleAndScales) {
  const auto svg = example_picture();
  EXPECT_NE(svg.find("role=\"img\""), std::string::npos);
  EXPECT_NE(svg.find("<desc id=\"agendad-desc\">The municipal year 2024/25, 1 May 2024 to 30 April 2025"),
            std::string::npos);
  EXPECT_NE(svg.find("viewBox=\"0 0 1200.0 "), std::string::npos);
  EXPECT_NE(svg.find("width=\"100%\""), std::string::npos);
  for (const char* outside : {"<script", "javascript:", "@import", "<style", "@font-face", "xlink:href", "http://www.w3.org/1999"})
    EXPECT_EQ(svg.find(outside), std::string::npos) << outside;
  // The only absolute address is the namespace.
  std::size_t addresses = 0;
  for (auto at = svg.find("http"); at != std::string::npos; at = svg.find("http", at + 1)) ++addresses;
  EXPECT_EQ(addresses, 1u);
}

TEST(YearSvg, IsTheSameBytesEveryTime) {
  EXPECT_EQ(example_picture(), example_picture());
  EXPECT_EQ(example_picture("all"), example_picture("all"));
}

TEST(YearSvg, IsWellFormedXml) {
  const auto path = ::testing::TempDir() + "year.svg";
  std::ofstream(path) << example_picture("all");
  const auto checked = test_support::run_shell("xmllint --noout " + path);
  EXPECT_EQ(checked.status, 0) << checked.err;
}

TEST(YearScale, NumbersAreWrittenAlike) {
  EXPECT_EQ(number(0), "0.0");
  EXPECT_EQ(number(-0.04), "0.0");
  EXPECT_EQ(number(-1.25), "-1.3");
  EXPECT_EQ(number(1199.96), "1200.0");
}

}  // namespace
}  // namespace agendad::svg
