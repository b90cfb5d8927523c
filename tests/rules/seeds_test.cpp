// The planner on the seeds' real situations: the programme as the September 2024 agenda pack had
// it, and as the minutes of 4 March 2025 left it.
#include <gtest/gtest.h>

#include <algorithm>

#include "planner/load/load_programme.hpp"
#include "planner/load/read_config_directory.hpp"
#include "planner/rules/plan.hpp"
#include "tests/rules/bank_holidays.hpp"

namespace agendad::planner {
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
  // The six Items for Scheduling in rank order (none is scored, none has a deadline and all have
  // waited since the same work programme, so in the committee's agreed order), each at the
  // earliest meeting with room; 17 September is closed. The two scrutiny reviews are
  // "Possible Joint with IPSC": with no joint meeting in the programme, they go to the
  // Commission's own.
  EXPECT_EQ(proposed(seeds(), ilsc(result)),
            (std::vector<std::string>{"one-adoption-annual-report -> ilsc-2024-10-29",
                                      "radicalisation-in-schools -> ilsc-2024-12-03", "pause-update -> ilsc-2025-01-28",
                                      "parking-outside-schools -> ilsc-2025-01-28",
                                      "school-road-safety -> ilsc-2025-03-04", "youth-justice-update -> ilsc-2025-03-04"}));
  EXPECT_EQ(explain(seeds(), ilsc(result).proposals, ilsc(result).proposals.proposals[0]),
            "29 October 2024 is the earliest meeting with room (3 of 3 places taken with it; capacity 3 assumed); its agenda is due out by "
            "21 October 2024; it goes ahead of Radicalisation in school's' update (ranked 12th) on the committee's agreed "
            "order, PAUSE Update (ranked 13th) on the committee's agreed order, Parking outside schools - Scrutiny Review "
            "(ranked 14th) on the committee's agreed order and 2 more");
  auto all = messages(ilsc(result));
  EXPECT_TRUE(has(all, "info: the agenda for 17 September 2024 was due out by Monday 9 September 2024; only urgent "
                       "business can be added now"));
  EXPECT_TRUE(has(all, "info: Radicalisation in school's' update is awaiting a date; the planner proposes 3 December 2024"));
  // One line for the two proposed for the same meeting.
  EXPECT_TRUE(has(all, "info: the planner proposes 28 January 2025 for 2 items awaiting a date: PAUSE Update and Parking "
                       "outside schools - Scrutiny Review"));
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
                         "info: the agenda for 29 October 2024 cannot give page ranges: no page count for Rotherham "
                         "Safeguarding Children Partnership Annual Report 2023 - 2024; Safeguarding Adults Board Annual "
                         "Report 2023 - 2024"}));
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
  // The minutes estimate its paper by May 2025: 22 April is too soon, and no meeting after it is known.
  EXPECT_EQ(all[0], "critical: Rotherham Kinship Local Offer must come before Cabinet in July 2025; no meeting with its "
                    "agenda still open is left from 1 June 2025 (its paper is expected by May 2025, an estimate) until then");
  EXPECT_TRUE(has(all, "warning: no date is known for Cabinet in July 2025, so 1 July 2025 is assumed as the deadline for "
                       "Rotherham Kinship Local Offer"));
  EXPECT_TRUE(ilsc(result).proposals.proposals.empty());
}

TEST(Seeds, MarchTwentyTwentyFiveRescheduledHomeEducationUpdate) {
  auto all = messages(ilsc(plan(seeds(), england_and_wales(), 2025y / March / 5d)));
  EXPECT_TRUE(has(all, "warning: Revised Elective Home Education Policy Update was rescheduled from 22 April 2025 at the "
                       "request of the service, and no meeting is left in the programme but 22 April 2025, which it was deferred from"));
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
  EXPECT_EQ(all[0], "critical: Rotherham Kinship Local Offer must come before Cabinet on 14 July 2025; no meeting with "
                    "its agenda still open is left from 1 June 2025 (its paper is expected by May 2025, an estimate) until then");
  // The deadline is known, so no deadline is assumed (the capacity still is: the papers give none).
  for (const auto& line : all) EXPECT_EQ(line.find("is assumed as the deadline"), std::string::npos) << line;
}

TEST(Seeds, WithAFourthPlaceTheKinshipOfferStillWaitsForItsPaper) {
  // Its deadline ranks the Kinship Local Offer first, but its paper is not expected before May
  // 2025: the fourth place on 22 April goes to the first of the items waiting since September.
  Programme programme = seeds();
  programme.council.rules.capacity_items = 4;
  auto result = plan(programme, england_and_wales(), 2025y / March / 5d);
  EXPECT_EQ(proposed(programme, ilsc(result)), (std::vector<std::string>{"one-adoption-annual-report -> ilsc-2025-04-22"}));
  EXPECT_EQ(explain(seeds(), ilsc(result).proposals, ilsc(result).proposals.proposals[0]),
            "22 April 2025 is the earliest meeting with room (4 of 4 places taken with it); its agenda is due out by "
            "10 April 2025; it goes ahead of Radicalisation in school's' update (ranked 3rd) on the committee's agreed "
            "order, PAUSE Update (ranked 4th) on the committee's agreed order, Parking outside schools - Scrutiny Review "
            "(ranked 5th) on the committee's agreed order and 1 more");
}

// A meeting's own capacity overrides the council's (here, its assumption): a fourth place on 22
// April 2025 alone, stated as given rather than assumed.
TEST(Seeds, AMeetingsOwnCapacityOverridesTheCouncils) {
  Programme programme = seeds();
  for (Meeting& meeting : programme.meetings)
    if (meeting.id == "ilsc-2025-04-22") meeting.capacity_items = 4;
  auto result = plan(programme, england_and_wales(), 2025y / March / 5d);
  EXPECT_EQ(proposed(programme, ilsc(result)), (std::vector<std::string>{"one-adoption-annual-report -> ilsc-2025-04-22"}));
  EXPECT_EQ(explain(programme, ilsc(result).proposals, ilsc(result).proposals.proposals[0]).substr(0, 89),
            "22 April 2025 is the earliest meeting with room (4 of 4 places taken with it); its agenda");
}

}  // namespace
}  // namespace agendad::planner
