// The flags page against the seeds' programme after the minutes of 4 March 2025, and with an
// exempt item.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "feeds/pages/flags_page.hpp"
#include "tests/pages/fixture.hpp"
#include "tests/pages/seed_programme.hpp"

namespace agendad::pages {

using planner::Exemption, planner::iso, planner::Item, planner::ItemState, planner::ItemStatus, planner::Programme;

namespace {

using testing::on;

TEST(FlagsPage, TheKinshipLocalOfferIsTheMostUrgentAfterFourMarch2025) {
  FlagsView view = flags_view(testing::seed_programme(), testing::plan_on(testing::seed_programme(), on(2025, 3, 5)), false);
  ASSERT_EQ(view.committees.size(), 1u);
  const auto& flags = view.committees[0].flags;
  ASSERT_FALSE(flags.empty());
  EXPECT_EQ(flags[0].severity, "critical");
  EXPECT_NE(flags[0].message.find("Rotherham Kinship Local Offer must come before Cabinet in July 2025"), std::string::npos);
  EXPECT_EQ(flags[0].link, "/work-programme/ilsc.html#item-kinship-local-offer");
  // Flags come by how soon action is needed, then severity: what must be done now leads.
  for (std::size_t i = 1; i < flags.size() && flags[i].severity == "critical"; ++i)
    EXPECT_EQ(flags[i - 1].severity, "critical");
}

TEST(FlagsPage, HtmlAndJson) {
  const Programme& programme = testing::seed_programme();
  std::string html = render_flags(programme, testing::plan_on(programme, on(2025, 3, 5)), urls::PageFormat::html, {});
  EXPECT_NE(html.find("<h1>Flags: what needs attention</h1>"), std::string::npos);
  EXPECT_EQ(html.find("<h1", html.find("<h1") + 1), std::string::npos);
  EXPECT_NE(html.find("<th scope=\"row\">Critical</th>"), std::string::npos);
  EXPECT_NE(html.find("<a href=\"work-programme/ilsc.html#item-kinship-local-offer\">Work programme</a>"), std::string::npos);
  auto json = nlohmann::json::parse(render_flags(programme, testing::plan_on(programme, on(2025, 3, 5)), urls::PageFormat::json, {}));
  EXPECT_EQ(json["as_of"], "2025-03-05");
  EXPECT_EQ(json["committees"][0]["flags"][0]["severity"], "critical");
  EXPECT_EQ(json["committees"][0]["flags"][0]["link"]["id"], "kinship-local-offer");
}

// The page as one nlohmann value dumped whole: what flags_json wrote before it was put together
// from each committee's part.
std::string dumped_whole(const FlagsView& view) {
  using json = nlohmann::ordered_json;
  json committees = json::array();
  for (const CommitteeFlags& committee : view.committees) {
    json flags = json::array();
    for (const FlagLine& flag : committee.flags) {
      json link = {{"kind", flag.link_kind}, {"url", flag.link}};
      if (!flag.link_id.empty()) link["id"] = flag.link_id;
      flags.push_back({{"severity", flag.severity}, {"kind", flag.kind}, {"message", flag.message},
                       {"when", flag.when ? json(iso(*flag.when)) : json(nullptr)}, {"link", std::move(link)}});
    }
    committees.push_back({{"id", committee.id}, {"name", committee.name}, {"flags", std::move(flags)}});
  }
  json out = {{"version", view.members ? "members" : "public"}, {"as_of", iso(view.as_of)},
              {"committees", std::move(committees)}};
  return out.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

// The daemon keeps each committee's part of the flags page (daemon/site/council_views.hpp): the
// JSON put together from the parts is the page nlohmann writes whole, with no committee, with one
// with no flags, and with several; in either version.
TEST(FlagsPage, TheJsonPutTogetherFromCommitteesPartsIsThePageDumpedWhole) {
  const Programme& programme = testing::seed_programme();
  for (const bool members : {false, true}) {
    FlagsView view = flags_view(programme, testing::plan_on(programme, on(2025, 3, 5)), members);
    ASSERT_EQ(view.committees.size(), 1u);
    ASSERT_FALSE(view.committees[0].flags.empty());
    CommitteeFlags quiet{"quiet", "A Committee \"Quoted\" – with nothing to flag", {}};
    CommitteeFlags second = view.committees[0];
    second.id = "second";
    second.flags.back().message += "\nOn a line of its own, with a tab\t and ünïcödé";
    for (const auto& committees : std::vector<std::vector<CommitteeFlags>>{
             {}, {quiet}, {view.committees[0]}, {view.committees[0], quiet, second}}) {
      view.committees = committees;
      EXPECT_EQ(flags_json(view), dumped_whole(view)) << committees.size() << " committees";
    }
  }
}

TEST(FlagsPage, AnExemptItemIsNamedOnlyByItsPublicTitle) {
  Programme programme = testing::small_programme();
  Item item;
  item.id = "sale-of-riverside-house";
  item.committee = "ilsc";
  item.title = "Proposed sale of Riverside House to Acme Holdings Ltd";
  item.exempt = Exemption{3, "Disposal of a Council property"};
  ItemState state;
  state.status = ItemStatus::awaiting_date;
  item.history.push_back(state);
  programme.items.push_back(item);
  for (urls::PageFormat format : {urls::PageFormat::html, urls::PageFormat::json}) {
    std::string bytes = render_flags(programme, testing::plan_on(programme, on(2024, 9, 1)), format, {});
    EXPECT_NE(bytes.find("Disposal of a Council property"), std::string::npos);
    EXPECT_EQ(bytes.find("Riverside"), std::string::npos);
    EXPECT_EQ(bytes.find("Acme"), std::string::npos);
  }
}

}  // namespace
}  // namespace agendad::pages
