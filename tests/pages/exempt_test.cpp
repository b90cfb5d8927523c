// Schedule 12A: every public page the daemon serves, for a programme with exempt items, searched
// byte for byte for what only members may read.
#include <gtest/gtest.h>

#include <array>

#include "feeds/pages/agenda.hpp"
#include "feeds/pages/flags_page.hpp"
#include "feeds/pages/index_page.hpp"
#include "feeds/urls/paths.hpp"
#include "feeds/pages/work_programme.hpp"
#include "tests/pages/fixture.hpp"
#include "tests/pages/seed_programme.hpp"

namespace agendad::pages {

using planner::Committee, planner::Date, planner::Exemption, planner::Item, planner::ItemState, planner::ItemStatus,
    planner::Meeting, planner::Plan, planner::Programme, planner::iso;

namespace {

using testing::on;

// What an exempt item must never show in public: its title, its detail, and its id (ids are
// written by clerks and may say what an item is about).
const std::array<std::string, 6> secrets{"Acme Holdings", "Riverside House", "sale-of-riverside-house",
                                         "Smith disciplinary", "appeal-of-j-smith", "grievance lodged by"};

Item exempt(std::string id, std::string title, std::string description, std::string public_title, int paragraph,
            ItemState state) {
  Item item;
  item.id = std::move(id);
  item.committee = "ilsc";
  item.title = std::move(title);
  item.work_programme_title = item.title + " (work programme)";
  item.description = std::move(description);
  item.includes = {item.title + ": appendix"};
  item.exempt = Exemption{paragraph, std::move(public_title)};
  item.pages = 4;
  item.history.push_back(std::move(state));
  return item;
}

Programme with_exempt_items() {
  Programme programme = testing::seed_programme();
  ItemState booked;
  booked.status = ItemStatus::booked;
  booked.meeting = "ilsc-2024-09-17";
  programme.items.push_back(exempt("sale-of-riverside-house", "Proposed sale of Riverside House to Acme Holdings Ltd",
                                   "Terms offered for Riverside House.", "Disposal of a Council property", 3, booked));
  ItemState awaiting;
  awaiting.status = ItemStatus::awaiting_date;
  programme.items.push_back(exempt("appeal-of-j-smith", "Smith disciplinary appeal",
                                   "A grievance lodged by an employee.", "Staffing matter", 1, awaiting));
  return programme;
}

std::vector<std::pair<std::string, std::string>> every_public_output(const Programme& programme, const PageOptions& options) {
  std::vector<std::pair<std::string, std::string>> outputs;
  for (Date as_of : {on(2024, 9, 1), on(2025, 3, 5)}) {
    const Plan planned = testing::plan_on(programme, as_of);  // its proposals are on the agendas too
    for (const Meeting& meeting : programme.meetings)
      for (urls::AgendaFormat format : {urls::AgendaFormat::html, urls::AgendaFormat::text, urls::AgendaFormat::markdown, urls::AgendaFormat::json})
        outputs.emplace_back(urls::agenda_path(meeting.committee, meeting.date, format) + " as of " + iso(as_of),
                             render_agenda(programme, planned, meeting, format, options));
    for (const Committee& committee : programme.committees)
      for (urls::PageFormat format : {urls::PageFormat::html, urls::PageFormat::json})
        outputs.emplace_back(urls::work_programme_path(committee.id, format) + " as of " + iso(as_of),
                             render_work_programme(programme, planned, committee, format, options));
    for (urls::PageFormat format : {urls::PageFormat::html, urls::PageFormat::json})
      outputs.emplace_back(urls::flags_path(format) + " as of " + iso(as_of),
                           render_flags(programme, planned, format, options));
    outputs.emplace_back(urls::index_path() + " as of " + iso(as_of), render_index(programme, as_of, options));
  }
  return outputs;
}

TEST(Exempt, NoPublicOutputHoldsAnExemptTitleDetailOrId) {
  Programme programme = with_exempt_items();
  auto outputs = every_public_output(programme, {});
  ASSERT_GT(outputs.size(), 40u);
  bool public_title_shown = false;
  for (const auto& [url, bytes] : outputs) {
    for (const std::string& secret : secrets) EXPECT_EQ(bytes.find(secret), std::string::npos) << secret << " in " << url;
    public_title_shown = public_title_shown || bytes.find("Staffing matter") != std::string::npos;
  }
  EXPECT_TRUE(public_title_shown);
}

TEST(Exempt, TheMembersVersionShowsThem) {
  Programme programme = with_exempt_items();
  const Meeting& september = *programme.meeting("ilsc-2024-09-17");
  const PageOptions members{.base_url = "", .members = true};
  for (urls::AgendaFormat format : {urls::AgendaFormat::html, urls::AgendaFormat::text, urls::AgendaFormat::markdown, urls::AgendaFormat::json}) {
    std::string bytes = render_agenda(programme, testing::plan_on(programme, on(2024, 9, 1)), september, format, members);
    EXPECT_NE(bytes.find("Riverside House to Acme Holdings Ltd"), std::string::npos);
    EXPECT_NE(bytes.find("Terms offered for Riverside House."), std::string::npos);
  }
  std::string work_programme = render_work_programme(programme, testing::plan_on(programme, on(2024, 9, 1)),
                                                     *programme.committee("ilsc"), urls::PageFormat::html, members);
  EXPECT_NE(work_programme.find("Smith disciplinary appeal (work programme)"), std::string::npos);
  EXPECT_NE(work_programme.find("Proposed sale of Riverside House to Acme Holdings Ltd (work programme)"), std::string::npos);
}

}  // namespace
}  // namespace agendad::pages
