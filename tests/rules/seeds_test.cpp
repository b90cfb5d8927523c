// The planner on the seeds' real situations: the programme as the September 2024 agenda pack had
// it, and as the minutes of 4 March 2025 left it.
#include <gtest/gtest.h>

#include <algorithm>

#include "planner/load/load.hpp"
#include "planner/rules/plan.hpp"
#include "tests/rules/bank_holidays.hpp"

namespace agendad {
namespace {
using namespace std::chrono;

const Programme& seeds() {
  static const Programme programme = [] {
    auto files = read_config_directory(AGENDAD_SOURCE_DIR "/config");
    if (!files) throw std::runtime_error("cannot read config/");
    auto loaded = load_programme(*files);
    if (!loaded) {
      for (const auto& d : loaded.error()) ADD_FAILURE() << format_line(d);
      throw std::runtime_error("config/ does not load");
    }
    return *loaded;
  }();
  return programme;
}

PlanningCalendar england_and_wales() { return PlanningCalendar{test::england_and_wales_bank_holidays(), {}}; }

const CommitteePlan& ilsc(const Plan& plan) { return plan.committees.at(0); }

std::vector<std::string> messages(const CommitteePlan& plan) {
  std::vector<std::string> all;
  for (const Flag& f : plan.flags) all.push_back(to_string(f.severity) + ": " + f.message);
  return all;
}

bool has(const std::vector<std::string>& all, const std::string& line) {
  return std::find(all.begin(), all.end(), line) != all.end();
}

std::vector<std::string> proposed(const Programme& programme, const CommitteePlan& plan) {
  std::vector<std::string> all;
  for (const Proposal& p : plan.proposals.proposals) all.push_back(programme.items[p.item].id + " -> " + p.meeting);
  return all;
}

TEST(Seeds, SeptemberTwentyTwentyFourPlacesTheItemsForScheduling) {
  auto result = plan(seeds(), england_and_wales(), 2024y / September / 10d);
  // The six Items for Scheduling in rank order (none is scored and none has a deadline, so by
  // id), at the earliest meetings with room; 17 September is closed. The two scrutiny reviews are
  // "Possible Joint with IPSC": with no joint meeting in the programme, they go to the
  // Commission's own.
  EXPECT_EQ(proposed(seeds(), ilsc(result)),
            (std::vector<std::string>{"one-adoption-annual-report -> ilsc-2024-10-29",
                                      "parking-outside-schools -> ilsc-2024-12-03", "pause-update -> ilsc-2025-01-28",
                                      "radicalisation-in-schools -> ilsc-2025-01-28",
                                      "school-road-safety -> ilsc-2025-03-04", "youth-justice-update -> ilsc-2025-03-04"}));
  EXPECT_EQ(ilsc(result).proposals.proposals[0].reason,
            "29 October 2024 has room (2 of 3 booked); its agenda is due out by 21 October 2024");
  auto all = messages(ilsc(result));
  EXPECT_TRUE(has(all, "info: the agenda for 17 September 2024 was due out by Monday 9 September 2024; only urgent "
                       "business can be added now"));
  EXPECT_TRUE(has(all, "info: Parking outside schools - Scrutiny Review is awaiting a date; the planner proposes "
                       "3 December 2024"));
  for (const Flag& f : ilsc(result).flags) EXPECT_NE(f.kind, FlagKind::joint_meeting_needed) << f.message;
  // The Kinship items came with the minutes of 4 March 2025: unknown in September.
  for (const auto& line : all) EXPECT_EQ(line.find("Kinship"), std::string::npos) << line;
}

TEST(Seeds, SeptemberTwentyTwentyFourTheTwentyNinthOctoberReportsLackPageCounts) {
  auto result = plan(seeds(), england_and_wales(), 2024y / September / 10d);
  std::vector<std::string> missing;
  for (const Flag& f : ilsc(result).flags)
    if (f.kind == FlagKind::page_count_missing && f.message.find("29 October 2024") != std::string::npos)
      missing.push_back(to_string(f.severity) + ": " + f.message);
  EXPECT_EQ(missing, (std::vector<std::string>{
                         "info: Rotherham Safeguarding Children Partnership Annual Report 2023 - 2024 has no page count, "
                         "so the agenda for 29 October 2024 cannot give its page range",
                         "info: Safeguarding Adults Board Annual Report 2023 - 2024 has no page count, so the agenda for "
                         "29 October 2024 cannot give its page range"}));
}

TEST(Seeds, OnItsPublicationDayTheSeventeenthSeptemberAgendaCanStillTakeAnItem) {
  auto result = plan(seeds(), england_and_wales(), 2024y / September / 9d);
  ASSERT_FALSE(ilsc(result).proposals.proposals.empty());
  EXPECT_EQ(proposed(seeds(), ilsc(result))[0], "one-adoption-annual-report -> ilsc-2024-09-17");
  EXPECT_TRUE(has(messages(ilsc(result)),
                  "warning: the agenda for 17 September 2024 must be published by Monday 9 September 2024 (today)"));
}

TEST(Seeds, MarchTwentyTwentyFiveKinshipLocalOfferCannotMakeCabinet) {
  auto result = plan(seeds(), england_and_wales(), 2025y / March / 5d);
  auto all = messages(ilsc(result));
  ASSERT_FALSE(all.empty());
  EXPECT_EQ(all[0], "critical: Rotherham Kinship Local Offer must come before Cabinet in July 2025; the only meeting left, "
                    "22 April 2025, is full: 3 of 3");
  EXPECT_TRUE(has(all, "warning: no date is known for Cabinet in July 2025, so 1 July 2025 is assumed as the deadline for "
                       "Rotherham Kinship Local Offer"));
  EXPECT_TRUE(ilsc(result).proposals.proposals.empty());
}

TEST(Seeds, MarchTwentyTwentyFiveRescheduledHomeEducationUpdate) {
  auto all = messages(ilsc(plan(seeds(), england_and_wales(), 2025y / March / 5d)));
  EXPECT_TRUE(has(all, "warning: Revised Elective Home Education Policy Update was rescheduled from 22 April 2025 at the "
                       "request of the service, and no other meeting is left in the programme"));
}

TEST(Seeds, MarchTwentyTwentyFiveWrittenResponsesOwed) {
  auto result = plan(seeds(), england_and_wales(), 2025y / March / 5d);
  std::vector<std::string> owed;
  for (const Flag& f : ilsc(result).flags)
    if (f.kind == FlagKind::action_owed) owed.push_back(f.link);
  std::sort(owed.begin(), owed.end());
  EXPECT_EQ(owed, (std::vector<std::string>{"ehe-looked-after-kinship-data", "ehe-session-notes", "family-hubs-age-range",
                                            "preparation-for-adulthood-to-cabinet", "statistical-neighbours"}));
  EXPECT_TRUE(has(messages(ilsc(result)), "info: Owed to the Commission from the meeting of 4 March 2025 (minute 64): a "
                                          "written response on Rotherham's statistical neighbours; no due date is set"));
}

TEST(Seeds, CabinetCalendarGivesTheRealDeadline) {
  PlanningCalendar calendar = england_and_wales();
  calendar.body_meetings["cabinet"] = {2025y / June / 16d, 2025y / July / 21d, 2025y / July / 14d};
  auto all = messages(ilsc(plan(seeds(), calendar, 2025y / March / 5d)));
  EXPECT_EQ(all[0], "critical: Rotherham Kinship Local Offer must come before Cabinet on 14 July 2025; the only meeting "
                    "left, 22 April 2025, is full: 3 of 3");
  for (const auto& line : all) EXPECT_EQ(line.find("assumed"), std::string::npos) << line;
}

TEST(Seeds, WithAFourthPlaceTheDeadlineWinsIt) {
  // Nothing is scored, so the earlier deadline ranks the Kinship Local Offer above the items
  // that have waited since September.
  Programme programme = seeds();
  programme.council.rules.capacity_items = 4;
  auto result = plan(programme, england_and_wales(), 2025y / March / 5d);
  EXPECT_EQ(proposed(programme, ilsc(result)), (std::vector<std::string>{"kinship-local-offer -> ilsc-2025-04-22"}));
  EXPECT_EQ(ilsc(result).proposals.proposals[0].reason,
            "22 April 2025 has room (3 of 4 booked); its agenda is due out by 10 April 2025; in time for Cabinet in July 2025");
}

}  // namespace
}  // namespace agendad
