// The Summary Work Programme page against the seeds: the agenda pack of 17 September 2024 prints
// it as the papers stood then; the minutes of 4 March 2025 move it on.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "feeds/pages/work_programme.hpp"
#include "tests/pages/fixture.hpp"
#include "tests/pages/seed_programme.hpp"

namespace agendad::pages {

using planner::Committee, planner::Date, planner::Programme;

namespace {

using testing::on;
using testing::seed_programme;

WorkProgrammeView view_on(Date as_of, bool members = false) {
  const Programme& programme = seed_programme();
  return work_programme_view(programme, testing::plan_on(programme, as_of), programme_as_of(programme, as_of), *programme.committee("ilsc"), members);
}

std::vector<std::string> titles(const std::vector<WorkProgrammeItem>& items) {
  std::vector<std::string> out;
  out.reserve(items.size());
  for (const auto& item : items) out.push_back(item.item.title);
  return out;
}

const WorkProgrammeMeeting& row(const WorkProgrammeView& view, std::string_view label) {
  for (const auto& meeting : view.meetings)
    if (meeting.label == label) return meeting;
  throw std::logic_error("no row " + std::string(label));
}

TEST(WorkProgramme, HeaderAndPrinciplesAsTheSeedsPrintThem) {
  WorkProgrammeView view = view_on(on(2024, 9, 17));
  EXPECT_EQ(view.title, "Improving Lives Select Commission – Summary Work Programme 2024/25");
  EXPECT_EQ(view.chair, "Cllr Lyndsay Pitchley");
  EXPECT_EQ(view.vice_chair, "Cllr Stuart Knight");
  EXPECT_EQ(view.governance_advisor, "Natasha Aucott");
  EXPECT_EQ(view.link_officer, "Kelly White");
  EXPECT_EQ(view.endorsement, "The following principles were endorsed by OSMB at its meeting of 5 July 2023 as criteria "
                              "to long/short list each of the commission's respective priorities:");
  EXPECT_EQ(view.starting_point, (std::vector<std::string>{"What are the key issues?", "What is the outcome that we want?"}));
  EXPECT_EQ(view.longlisting.size(), 3u);
  EXPECT_EQ(view.shortlisting, (std::vector<std::string>{"T: Time: is it the right time, enough resources?",
                                                         "O: Others: is this duplicating the work of another body?",
                                                         "P: Performance: can scrutiny make a difference?",
                                                         "I: Interest – what is the interest to the public?",
                                                         "C: Contribution to the corporate plan"}));
}

TEST(WorkProgramme, TheMeetingTableOfSeventeenSeptember2024) {
  WorkProgrammeView view = view_on(on(2024, 9, 17));
  std::vector<std::string> labels;
  for (const auto& meeting : view.meetings) labels.push_back(meeting.label);
  EXPECT_EQ(labels, (std::vector<std::string>{"18-Jun-24", "30-Jul-24", "17-Sep-24", "29-Oct-24", "03-Dec-24",
                                              "28-Jan-25", "04-Mar-25", "22-Apr-25"}));
  EXPECT_EQ(titles(row(view, "17-Sep-24").items), (std::vector<std::string>{"Ofsted Focused Visit Outcomes"}));
  EXPECT_EQ(titles(row(view, "30-Jul-24").items),
            (std::vector<std::string>{"CYPS Performance Report",
                                      "The Local Government Association Care Leavers Peer Review Report and Recommendations",
                                      "Spotlight Review on Preparation for Adulthood Recommendations Report"}));
  EXPECT_EQ(row(view, "18-Jun-24").items.at(0).includes,
            (std::vector<std::string>{"CYPS Performance", "Early Help Strategy", "SEND/ SEND Sufficiency"}));
  EXPECT_TRUE(row(view, "04-Mar-25").items.empty());  // the seeds print the row empty
  EXPECT_EQ(titles(row(view, "22-Apr-25").items),
            (std::vector<std::string>{"The Corporate Parenting Partnership Board Annual Report 2024 - 2025",
                                      "Early Help Strategy Update Year 1"}));
}

TEST(WorkProgramme, ItemsForSchedulingOfSeventeenSeptember2024) {
  WorkProgrammeView view = view_on(on(2024, 9, 17));
  EXPECT_EQ(titles(view.for_scheduling),
            (std::vector<std::string>{"One Adoption South Yorkshire Annual Report 2023 – 2024", "Radicalisation in school's' update",
                                      "PAUSE Update", "Parking outside schools - Scrutiny Review",
                                      "School Road safety motion - Scrutiny Review", "Youth Justice Service Update",
                                      "SEND Strategy Consultation with Improving Lives members."}));
  EXPECT_EQ(view.for_scheduling[0].status, "Awaiting Date");
  EXPECT_EQ(view.for_scheduling[3].status,
            "Possible Joint with IPSC - Agenda for Council Meeting on Wednesday 29 November 2023, 2.00 p.m. - Rotherham Council");
  EXPECT_EQ(view.for_scheduling[5].status, "Awaiting Date");
  EXPECT_EQ(view.for_scheduling[6].status, "Workshop scheduled for 21st October 2024.");
  EXPECT_TRUE(view.actions.empty() || view.actions.front().from.find("30 July 2024") != std::string::npos);
}

TEST(WorkProgramme, AfterFourMarch2025) {
  WorkProgrammeView view = view_on(on(2025, 3, 5));
  EXPECT_EQ(titles(row(view, "04-Mar-25").items),
            (std::vector<std::string>{"Youth Justice Service Update", "Kinship Care Offer Update"}));
  auto scheduling = titles(view.for_scheduling);
  EXPECT_NE(std::find(scheduling.begin(), scheduling.end(), "Rotherham Kinship Local Offer"), scheduling.end());
  EXPECT_EQ(std::find(scheduling.begin(), scheduling.end(), "Youth Justice Service Update"), scheduling.end());
  auto deferred = std::find_if(view.for_scheduling.begin(), view.for_scheduling.end(), [](const WorkProgrammeItem& item) {
    return item.item.title == "Revised Elective Home Education Policy Update";
  });
  ASSERT_NE(deferred, view.for_scheduling.end());
  EXPECT_EQ(deferred->status, "Deferred: rescheduled as a result of a request from the service");
  bool statistical = std::any_of(view.actions.begin(), view.actions.end(), [](const OwedAction& a) {
    return a.owed == "a written response on Rotherham's statistical neighbours" &&
           a.from == "the meeting of 4 March 2025, minute 64";
  });
  EXPECT_TRUE(statistical);
}

TEST(WorkProgramme, ProposalsStandApartFromWhatIsBooked) {
  const Programme& programme = seed_programme();
  const Committee& ilsc = *programme.committee("ilsc");
  WorkProgrammeView view = view_on(on(2024, 9, 17));
  ASSERT_FALSE(view.proposals.empty());  // the planner has room for Items for Scheduling that autumn
  for (const ProposedPlacement& proposal : view.proposals)
    for (const auto& meeting : view.meetings)
      for (const auto& booked : meeting.items) EXPECT_NE(booked.item.title, proposal.item.title);
  std::string html = render_work_programme(programme, testing::plan_on(programme, on(2024, 9, 17)), ilsc, urls::PageFormat::html, {});
  auto section = html.find("<h2 id=\"proposals\">Proposed by the planner</h2>");
  ASSERT_NE(section, std::string::npos);
  EXPECT_GT(section, html.find("<h2 id=\"scheduling\">Items for Scheduling</h2>"));
  EXPECT_GT(html.find(view.proposals.front().item.title + "</th>", section), section);
  auto json = nlohmann::json::parse(
      render_work_programme(programme, testing::plan_on(programme, on(2024, 9, 17)), ilsc, urls::PageFormat::json, {}));
  EXPECT_EQ(json["proposals"].size(), view.proposals.size());
  EXPECT_EQ(json["proposals"][0]["reason"], view.proposals.front().reason);
  EXPECT_EQ(json["meetings"][2]["label"], "17-Sep-24");
  EXPECT_EQ(json["meetings"][2]["agenda"], "/agendas/ilsc/2024-09-17.json");
}

TEST(WorkProgramme, HtmlIsAccessible) {
  const Programme& programme = seed_programme();
  std::string html = render_work_programme(programme, testing::plan_on(programme, on(2024, 9, 17)), *programme.committee("ilsc"),
                                           urls::PageFormat::html, {});
  EXPECT_NE(html.find("<html lang=\"en-GB\">"), std::string::npos);
  std::size_t h1 = 0;
  for (auto at = html.find("<h1"); at != std::string::npos; at = html.find("<h1", at + 1)) ++h1;
  EXPECT_EQ(h1, 1u);
  EXPECT_NE(html.find("<th scope=\"col\">Meeting Date</th><th scope=\"col\">Agenda Item</th>"), std::string::npos);
  EXPECT_NE(html.find("<a href=\"../agendas/ilsc/2024-09-17.html\">17-Sep-24</a>"), std::string::npos);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("http"), std::string::npos);  // no external assets
}

}  // namespace
}  // namespace agendad::pages
