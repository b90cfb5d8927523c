// The example configuration (config/) holds the seeds' programme, fact for fact.
#include <filesystem>

#include <gtest/gtest.h>

#include "planner/load/read_config_directory.hpp"
#include "tests/load/load_helpers.hpp"

namespace agendad::planner {
namespace {
using namespace std::chrono;
using testing::load_example;

class Example : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { programme = new Programme(load_example()); }
  static void TearDownTestSuite() { delete programme; }
  static Programme* programme;
  static const Committee& ilsc() { return *programme->committee("ilsc"); }
  static const Item& item(std::string_view id) {
    const Item* found = programme->item(id);
    if (!found) throw std::runtime_error("no item " + std::string(id));
    return *found;
  }
};
Programme* Example::programme = nullptr;

TEST_F(Example, LoadsWithoutWarnings) {
  auto loaded = load_programme_with_warnings(*read_config_directory(AGENDAD_SOURCE_DIR "/config"));
  ASSERT_TRUE(loaded) << testing::all_lines(loaded.error());
  EXPECT_EQ(testing::all_lines(loaded->warnings), "");
}

TEST_F(Example, TheCommissionAndItsOfficers) {
  ASSERT_NE(programme->committee("ilsc"), nullptr);
  EXPECT_EQ(ilsc().name, "Improving Lives Select Commission");
  ASSERT_NE(ilsc().chair(), nullptr);
  EXPECT_EQ(ilsc().chair()->full_name, "Lyndsay Pitchley");
  ASSERT_NE(ilsc().vice_chair(), nullptr);
  EXPECT_EQ(ilsc().vice_chair()->full_name, "Stuart Knight");
  EXPECT_EQ(ilsc().governance_advisor, "Natasha Aucott");
  EXPECT_EQ(ilsc().link_officer, "Kelly White");
  EXPECT_EQ(ilsc().municipal_year, "2024/25");
}

TEST_F(Example, SixteenMembersInFrontSheetOrder) {
  const auto& members = ilsc().members;
  ASSERT_EQ(members.size(), 16u);
  EXPECT_EQ(members[0].name, "Pitchley");
  EXPECT_EQ(members[0].role, MemberRole::chair);
  EXPECT_EQ(members[1].name, "Knight");
  EXPECT_EQ(members[2].name, "Baggaley");
  EXPECT_EQ(members[2].role, MemberRole::member);
  EXPECT_EQ(members[6].name, "T. Collingham");
  EXPECT_EQ(members[10].name, "N Harper");
  EXPECT_EQ(members[15].name, "Sutton");
}

TEST_F(Example, VenueStartAndWebcast) {
  const Venue* hall = programme->venue(ilsc().venue);
  ASSERT_NE(hall, nullptr);
  EXPECT_EQ(hall->name, "Rotherham Town Hall");
  EXPECT_EQ(hall->address, "The Crofts, Moorgate Street, Rotherham. S60 2TH");
  EXPECT_EQ(ilsc().start, (WallTime{10, 0}));
  EXPECT_TRUE(ilsc().webcast);
}

TEST_F(Example, EightFormalMeetingsAndTwoWorkshops) {
  std::vector<std::string> formal, workshops;
  for (const Meeting* m : programme->meetings_of("ilsc")) {
    (is_formal(*m) ? formal : workshops).push_back(iso(m->date));
    EXPECT_EQ(m->venue, "town-hall") << m->id;
    EXPECT_EQ(m->status, MeetingStatus::scheduled) << m->id;
    if (is_formal(*m)) EXPECT_EQ(m->start, (WallTime{10, 0})) << m->id;  // the committee's start
    else EXPECT_FALSE(m->start) << m->id << ": the papers give no time for workshops";
  }
  EXPECT_EQ(formal, (std::vector<std::string>{"2024-06-18", "2024-07-30", "2024-09-17", "2024-10-29", "2024-12-03",
                                              "2025-01-28", "2025-03-04", "2025-04-22"}));
  EXPECT_EQ(workshops, (std::vector<std::string>{"2024-10-21", "2025-05-01"}));
  EXPECT_EQ(programme->meeting("ilsc-2025-05-01-workshop")->format, "hybrid");
}

TEST_F(Example, ItemsOnEachMeeting) {
  auto on = [&](std::string_view meeting) {
    std::vector<std::string> ids;
    for (const Item* i : programme->items_on(meeting)) ids.push_back(i->id);
    return ids;
  };
  using ids = std::vector<std::string>;
  EXPECT_EQ(on("ilsc-2024-06-18"), ids{"introduction"});
  EXPECT_EQ(on("ilsc-2024-07-30"), (ids{"cyps-performance-report", "care-leavers-peer-review",
                                        "preparation-for-adulthood-review"}));
  EXPECT_EQ(on("ilsc-2024-09-17"), (ids{"cppb-update-2024-09", "ofsted-focused-visit"}));
  EXPECT_EQ(on("ilsc-2024-10-29"), (ids{"rscp-annual-report", "sab-annual-report"}));
  EXPECT_EQ(on("ilsc-2024-10-21-workshop"), ids{"send-strategy-consultation"});
  EXPECT_EQ(on("ilsc-2024-12-03"), (ids{"absences-from-education", "send-strategy-update"}));
  EXPECT_EQ(on("ilsc-2025-01-28"), ids{"rscp-update"});
  EXPECT_EQ(on("ilsc-2025-03-04"), (ids{"youth-justice-update", "kinship-care-offer-update"}))
      << "the Summary Work Programme books nothing on 4 March; the minutes record what was taken";
  EXPECT_EQ(on("ilsc-2025-04-22"), (ids{"cppb-annual-report", "early-help-strategy-update",
                                        "domestic-abuse-strategy-update"}));
  EXPECT_EQ(on("ilsc-2025-05-01-workshop"), (ids{"prevent-programme", "keeping-children-safe-in-education"}));
  EXPECT_EQ(item("introduction").includes,
            (ids{"CYPS Performance", "Early Help Strategy", "SEND/ SEND Sufficiency"}));
  EXPECT_EQ(item("cppb-update-2024-09").kind, ItemKind::verbal_update);
}

TEST_F(Example, ItemsForSchedulingWithTheirNotesAsWritten) {
  EXPECT_EQ(item("pause-update").current().status, ItemStatus::awaiting_date);
  EXPECT_EQ(item("pause-update").current().note, "Awaiting Date");
  EXPECT_TRUE(item("pause-update").current().meeting.empty());
  const Item& parking = item("parking-outside-schools");
  // "Possible Joint with IPSC": possibly, not necessarily.
  EXPECT_EQ(parking.constraints.joint_with, "ipsc");
  EXPECT_TRUE(parking.constraints.joint_optional);
  EXPECT_EQ(parking.current().note.substr(0, 30), "Possible Joint with IPSC - Age");
  const Item& consultation = item("send-strategy-consultation");
  EXPECT_EQ(consultation.current().meeting, "ilsc-2024-10-21-workshop");
  EXPECT_EQ(consultation.current().note, "Workshop scheduled for 21st October 2024.");
  EXPECT_EQ(item("radicalisation-in-schools").title, "Radicalisation in school's' update");
}

TEST_F(Example, KinshipLocalOfferDueBeforeCabinetInJuly2025) {
  const Item& offer = item("kinship-local-offer");
  ASSERT_TRUE(offer.constraints.due_before);
  EXPECT_EQ(offer.constraints.due_before->body, "cabinet");
  EXPECT_EQ(offer.constraints.due_before->body_month, 2025y / July);
  EXPECT_FALSE(offer.constraints.due_before->date);
  EXPECT_EQ(offer.known_from, 2025y / March / 4d);
  EXPECT_EQ(offer.current().minute, 63);
}

TEST_F(Example, ElectiveHomeEducationDeferredAtTheServicesRequest) {
  const Item& ehe = item("ehe-policy-update");
  ASSERT_EQ(ehe.history.size(), 2u);
  EXPECT_EQ(ehe.history[0].status, ItemStatus::booked);
  EXPECT_EQ(ehe.history[0].meeting, "ilsc-2025-04-22");
  EXPECT_EQ(ehe.current().status, ItemStatus::deferred);
  EXPECT_EQ(ehe.current().reason, "rescheduled as a result of a request from the service");
  EXPECT_EQ(ehe.current().requested_by, "the service");
  EXPECT_EQ(ehe.current().since, 2025y / March / 4d);
}

TEST_F(Example, YouthJusticeWasAwaitingADateThenTakenAtMinute64) {
  const Item& yjs = item("youth-justice-update");
  ASSERT_EQ(yjs.history.size(), 2u);
  EXPECT_EQ(yjs.history[0].status, ItemStatus::awaiting_date);
  EXPECT_EQ(yjs.history[0].note, "Awaiting Date");
  EXPECT_EQ(yjs.current().status, ItemStatus::taken);
  EXPECT_EQ(yjs.current().meeting, "ilsc-2025-03-04");
  EXPECT_EQ(yjs.current().minute, 64);
  EXPECT_EQ(yjs.lead_officer, "Zulfiqar Shaffi, Youth Justice Service Manager");
}

TEST_F(Example, TheSelectionCriteriaAsOsmbEndorsedThem) {
  const auto& selection = programme->council.selection;
  EXPECT_EQ(selection.endorsed_by, "OSMB");
  EXPECT_EQ(selection.endorsed_on, 2023y / July / 5d);
  ASSERT_EQ(selection.topic.size(), 5u);
  EXPECT_EQ(selection.topic[0].key, "time");
  EXPECT_EQ(selection.topic[0].text, "Time: is it the right time, enough resources?");
  EXPECT_EQ(selection.topic[3].text, "Interest – what is the interest to the public?");
  EXPECT_EQ(selection.topic[4].text, "Contribution to the corporate plan");
  ASSERT_EQ(selection.longlisting.size(), 3u);
  EXPECT_EQ(selection.longlisting[2].text, "Is it a priority – council or community?");
  EXPECT_EQ(selection.starting_point.size(), 2u);
  EXPECT_FALSE(selection.scale) << "the papers give no scale";
}

TEST_F(Example, TheSeventeenthOfSeptemberFrontSheet) {
  const Meeting& september = *programme->meeting("ilsc-2024-09-17");
  EXPECT_EQ(september.document_pages, (std::map<std::string, int>{{"front_sheet", 2}, {"minutes", 14},
                                                                  {"work_programme", 3}}));
  EXPECT_EQ(item("ofsted-focused-visit").pages, 5);
  EXPECT_TRUE(item("ofsted-focused-visit").report_received);
  EXPECT_EQ(item("ofsted-focused-visit").work_programme_title, "Ofsted Focused Visit Outcomes");
  EXPECT_EQ(programme->council.chief_executive, "SHARON KEMP OBE");
  const auto& before = ilsc().standing_before_business;
  ASSERT_EQ(before.size(), 5u);
  EXPECT_EQ(before[1].key, "minutes");
  EXPECT_EQ(before[1].document, "minutes");
  EXPECT_NE(before[1].text.find("{previous_meeting}"), std::string::npos);
  EXPECT_EQ(before[4].title, "Questions from Members of the Public and the Press");
  EXPECT_EQ(ilsc().standing_after_business.back().key, "urgent_business");
  EXPECT_EQ(programme->meeting("ilsc-2025-03-04")->first_minute, 59);
  EXPECT_EQ(programme->meeting("ilsc-2025-03-04")->last_minute, 67);
}

TEST_F(Example, ActionsOwed) {
  ASSERT_EQ(programme->actions.size(), 5u);
  const Action& neighbours = programme->actions[3];
  EXPECT_EQ(neighbours.id, "statistical-neighbours");
  EXPECT_EQ(neighbours.owed, "a written response on Rotherham's statistical neighbours");
  EXPECT_EQ(neighbours.owed_to, "the Commission");
  EXPECT_EQ(neighbours.meeting, "ilsc-2025-03-04");
  EXPECT_EQ(neighbours.minute, 64);
  EXPECT_FALSE(neighbours.done);
}

TEST_F(Example, CouncilRulesAndBankHolidaysByRule) {
  const auto& rules = programme->council.rules;
  EXPECT_EQ(rules.publication_clear_days, 5);
  EXPECT_FALSE(rules.capacity_items);  // the papers give none: the planner assumes one and says so
  EXPECT_EQ(rules.bank_holidays, BankHolidays::england_and_wales);
  EXPECT_FALSE(rules.closure_days) << "the example names no file at all";
  EXPECT_EQ(programme->council.calendar.base_url, "") << "the daemon's own address, where it listens";
  EXPECT_EQ(programme->council.calendar.default_duration_minutes, 120) << "the default when none is set";
  EXPECT_EQ(programme->body_name("ipsc"), "Improving Places Select Commission");
}

}  // namespace
}  // namespace agendad::planner
