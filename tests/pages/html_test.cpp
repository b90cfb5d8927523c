// Every HTML page, checked for what makes it usable by everyone and offline: one h1, the
// language, header cells with scope, no scripts and no external assets.
#include <gtest/gtest.h>

#include <regex>

#include "feeds/pages/agenda.hpp"
#include "feeds/pages/flags_page.hpp"
#include "feeds/pages/index_page.hpp"
#include "feeds/pages/work_programme.hpp"
#include "tests/pages/fixture.hpp"
#include "tests/pages/seed_programme.hpp"

namespace agendad::pages {

using planner::Date, planner::Meeting, planner::Plan, planner::Programme;

namespace {

std::size_t count(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

std::vector<std::string> every_html_page() {
  const Programme& programme = testing::seed_programme();
  const Date as_of = testing::on(2024, 9, 17);
  const PageOptions options{.base_url = "https://agendad.example.org", .members = false};
  const Plan planned = testing::plan_on(programme, as_of);
  std::vector<std::string> pages{render_index(programme, as_of, options),
                                 render_flags(programme, planned, urls::PageFormat::html, options),
                                 render_work_programme(programme, planned, *programme.committee("ilsc"), urls::PageFormat::html,
                                                       options)};
  for (const Meeting& meeting : programme.meetings)
    pages.push_back(render_agenda(programme, planned, meeting, urls::AgendaFormat::html, options));
  return pages;
}

TEST(Html, EveryPageIsAccessibleAndSelfContained) {
  for (const std::string& page : every_html_page()) {
    std::string title = page.substr(page.find("<title>"), 120);
    SCOPED_TRACE(title);
    EXPECT_EQ(page.rfind("<!DOCTYPE html>\n<html lang=\"en-GB\">", 0), 0u);
    EXPECT_EQ(count(page, "<h1"), 1u);
    EXPECT_EQ(count(page, "<main>"), 1u);
    EXPECT_EQ(count(page, "<th ") + count(page, "<th>"), count(page, "<th scope=\"col\"") + count(page, "<th scope=\"row\""));
    EXPECT_EQ(page.find("<script"), std::string::npos);
    // Nothing loaded from elsewhere: a <link> only names a feed (rel="alternate" loads nothing), and
    // the one image, the year's picture, is the site's own, by a relative address.
    EXPECT_EQ(count(page, "<link"), count(page, "<link rel=\"alternate\" type=\"application/atom+xml\""));
    EXPECT_EQ(count(page, " src="), count(page, " src=\"../year/"));
    EXPECT_EQ(page.find("@import"), std::string::npos);
    EXPECT_NE(page.find("@media print"), std::string::npos);
    EXPECT_NE(page.find("@page { size: A4"), std::string::npos);
    // Headings do not skip a level: no h3 before the first h2.
    EXPECT_TRUE(page.find("<h3") == std::string::npos || page.find("<h2") < page.find("<h3"));
  }
}

TEST(Html, AgendaLinksStayOnTheSiteOrGoToTheWebcast) {
  for (const std::string& page : every_html_page()) {
    std::smatch link;
    for (auto from = page.cbegin(); std::regex_search(from, page.cend(), link, std::regex("href=\"([^\"]*)\""));
         from = link.suffix().first) {
      std::string href = link[1];
      bool relative = href.find(':') == std::string::npos;
      bool known = href.starts_with("https://agendad.example.org/") || href.starts_with("webcal://agendad.example.org/") ||
                   href == "https://rotherham.public-i.tv/core/portal/home";
      EXPECT_TRUE(relative || known) << href;
    }
  }
}

}  // namespace
}  // namespace agendad::pages
