// One plan, every view (issue 17 point 3): on the example as of 5 March 2025 no agreed meeting can
// take the Rotherham Kinship Local Offer before Cabinet in July 2025, so the planner proposes an
// extraordinary meeting for it. `agendad plan`, the committee's calendar, the agenda draft, the
// work programme and the flags must all name that same meeting for it, because all of them
// render the one PlannedProgramme.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "daemon/site/build_snapshot.hpp"
#include "tests/support/agendad_process.hpp"

namespace agendad::site {

using planner::Date;

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const std::string kinship = "kinship-local-offer";
const std::string kinship_title = "Rotherham Kinship Local Offer";

BuildInputs example_on_5_march_2025() {
  BuildInputs inputs;
  inputs.config_dir = fs::path(AGENDAD_SOURCE_DIR) / "config";
  inputs.as_of = Date{std::chrono::year{2025}, std::chrono::March, std::chrono::day{5}};
  return inputs;
}

// The date `agendad plan --format json` proposes the item for, as the command prints it.
std::string date_in_plan_output() {
  const auto outcome = test_support::run_agendad("plan --config " + std::string(AGENDAD_SOURCE_DIR) +
                                                 "/config --as-of 2025-03-05 --format json");
  EXPECT_EQ(outcome.status, 0) << outcome.err;
  const json plan = json::parse(outcome.out);
  std::string meeting;
  for (const json& committee : plan.at("committees"))
    for (const json& proposal : committee.at("proposals"))
      if (proposal.at("item") == kinship) meeting = proposal.at("meeting");
  for (const json& committee : plan.at("committees"))
    for (const json& candidate : committee.at("meetings"))
      if (candidate.at("id") == meeting) return candidate.at("date");
  return "(not proposed)";
}

// A calendar's content lines unfolded (RFC 5545 3.1), so that a long DESCRIPTION reads whole.
std::string unfolded(std::string text) {
  for (auto at = text.find("\r\n "); at != std::string::npos; at = text.find("\r\n ", at)) text.erase(at, 3);
  return text;
}

// The day of the feed's event whose description lists the item as proposed: 2025-06-24 from
// DTSTART;TZID=Europe/London:20250624T100000.
std::string date_in_feed(const std::string& feed) {
  const std::string text = unfolded(feed);
  std::string found = "(in no event)";
  for (auto begin = text.find("BEGIN:VEVENT"); begin != std::string::npos; begin = text.find("BEGIN:VEVENT", begin + 1)) {
    const std::string event = text.substr(begin, text.find("END:VEVENT", begin) - begin);
    if (event.find("- " + kinship_title + " (proposed)") == std::string::npos) continue;
    const auto start = event.find("DTSTART");
    const std::string day = event.substr(event.find(':', start) + 1, 8);
    found = day.substr(0, 4) + "-" + day.substr(4, 2) + "-" + day.substr(6, 2);
  }
  return found;
}

TEST(OnePlan, EveryViewNamesTheSameExtraordinaryMeetingForTheKinshipLocalOffer) {
  const auto snapshot = build_snapshot(example_on_5_march_2025());
  ASSERT_TRUE(snapshot) << format_line(snapshot.error().front());
  const auto body = [&](const std::string& path) {
    const auto found = snapshot->public_resources.find(path);
    return found == snapshot->public_resources.end() ? std::string("(missing " + path + ")") : std::string(found->second.body.view());
  };
  const std::string date = "2025-06-24";

  EXPECT_EQ(date_in_plan_output(), date);
  EXPECT_EQ(date_in_feed(body("/calendars/ilsc.ics")), date);
  EXPECT_EQ(date_in_feed(body("/calendars/all.ics")), date);

  // The extraordinary meeting's draft lists the item as proposed, apart from the business agreed;
  // no other draft lists it at all.
  const json agenda = json::parse(body("/agendas/ilsc/" + date + ".json"));
  EXPECT_EQ(agenda.at("meeting").at("kind"), "extraordinary");
  EXPECT_TRUE(agenda.at("meeting").at("proposed").get<bool>());
  ASSERT_EQ(agenda.at("proposed_items").size(), 1u);
  EXPECT_EQ(agenda.at("proposed_items").at(0).at("key"), kinship);
  EXPECT_EQ(agenda.at("proposed_items").at(0).at("status"), "proposed");
  EXPECT_TRUE(agenda.at("draft").get<bool>());  // its agenda is not due out until 16 June 2025
  EXPECT_NE(body("/agendas/ilsc/" + date + ".html").find(kinship_title + " <em>(proposed)</em>"), std::string::npos);
  std::set<std::string> drafts_naming_it;
  for (const auto& [path, resource] : snapshot->public_resources)
    if (path.starts_with("/agendas/") && path.ends_with(".json") && resource.body.find(kinship_title) != std::string::npos)
      drafts_naming_it.insert(path);
  EXPECT_EQ(drafts_naming_it, std::set<std::string>{"/agendas/ilsc/" + date + ".json"});

  const json work_programme = json::parse(body("/work-programme/ilsc.json"));
  std::string proposed_on = "(not proposed)";
  for (const json& proposal : work_programme.at("proposals"))
    if (proposal.at("item").at("title") == kinship_title) proposed_on = proposal.at("meeting").at("date");
  EXPECT_EQ(proposed_on, date);
  for (const json& unplaced : work_programme.at("unplaced")) EXPECT_NE(unplaced.at("item").at("title"), kinship_title);

  // The flags say an extraordinary meeting is proposed for it, and nowhere that it has nowhere to go.
  const json flags = json::parse(body("/flags.json"));
  std::set<std::string> kinds;
  for (const json& committee : flags.at("committees"))
    for (const json& flag : committee.at("flags"))
      if (flag.at("link").value("id", "") == kinship) {
        kinds.insert(flag.at("kind").get<std::string>());
        if (flag.at("kind") == "extraordinary_proposed") {
          EXPECT_EQ(flag.at("when"), date);
        }
      }
  EXPECT_TRUE(kinds.contains("extraordinary_proposed"));
  EXPECT_FALSE(kinds.contains("deadline_at_risk"));
  EXPECT_FALSE(kinds.contains("deadline_missed"));
}

TEST(OnePlan, PlanTextListsTheExtraordinaryMeetingAmongTheProposedMeetings) {
  const auto outcome = test_support::run_agendad("plan --config " + std::string(AGENDAD_SOURCE_DIR) +
                                                 "/config --as-of 2025-03-05");
  ASSERT_EQ(outcome.status, 0) << outcome.err;
  const auto proposed = outcome.out.find("Proposed meetings:\n");
  ASSERT_NE(proposed, std::string::npos);
  const std::string part = outcome.out.substr(proposed, outcome.out.find("\nMeetings:", proposed) - proposed);
  EXPECT_EQ(part.find("none"), std::string::npos) << part;
  EXPECT_NE(part.find(kinship_title + ": 24 June 2025"), std::string::npos) << part;
  EXPECT_NE(part.find("An extraordinary meeting of Improving Lives Select Commission for " + kinship_title), std::string::npos)
      << part;
}

}  // namespace
}  // namespace agendad::site
