// `agendad check`'s report on the small programme: the one-screen summary, its JSON, and the
// JSON and count of a configuration that does not load.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "feeds/reports/check_report.hpp"
#include "tests/pages/fixture.hpp"

namespace agendad::reports {

using planner::Action, planner::Diagnostic, planner::Diagnostics, planner::NamedFile, planner::Programme,
    planner::Severity;

namespace {

using agendad::testing::small_programme;

// The small programme with an action owed, one done, and the Ofsted report's paper.
Programme with_actions_and_a_paper() {
  Programme programme = small_programme();
  programme.committees[0].municipal_year = "2024/25";
  Action owed;
  owed.id = "a1";
  owed.committee = "ilsc";
  programme.actions.push_back(owed);
  Action done = owed;
  done.id = "a2";
  done.done = true;
  programme.actions.push_back(done);
  NamedFile paper;
  paper.path = "/config/papers/ofsted.pdf";
  programme.items[1].papers.push_back(paper);
  return programme;
}

Diagnostic problem(Severity severity, int line, std::string message) {
  Diagnostic d;
  d.severity = severity;
  d.where.file = "config/ilsc.yaml";
  d.where.line = line;
  d.where.column = 5;
  d.field = "committees.ilsc.name";
  d.message = std::move(message);
  d.expected = "the committee's full name";
  return d;
}

TEST(CheckReport, TextSummarisesEachCommitteeOnOneScreen) {
  const planner::sources::PaperFiles papers{{"/config/papers/ofsted.pdf", {"", 5}}};
  EXPECT_EQ(check_text(with_actions_and_a_paper(), papers, 2, "config"),
            "Rotherham Metropolitan Borough Council: 2 files read from config; 1 venue, 0 other bodies\n"
            "\n"
            "Improving Lives Select Commission (ilsc), 2024/25\n"
            "  chair Lyndsay Pitchley, vice-chair Stuart Knight; 4 members\n"
            "  meetings: 5 (4 ordinary, 1 workshop; 5 scheduled)\n"
            "  items: 2 (2 booked)\n"
            "  actions owed: 1\n"
            "  paper /config/papers/ofsted.pdf: 5 pages (ofsted-focused-visit)\n");
}

TEST(CheckReport, TextOfAnEmptyCommittee) {
  Programme programme;
  programme.committees.push_back({});
  programme.committees[0].id = "osmb";
  programme.committees[0].name = "Overview and Scrutiny Management Board";
  EXPECT_EQ(check_text(programme, {}, 1, "elsewhere"),
            "(no council named): 1 file read from elsewhere; 0 venues, 0 other bodies\n"
            "\n"
            "Overview and Scrutiny Management Board (osmb)\n"
            "  chair none, vice-chair none; 0 members\n"
            "  meetings: 0\n"
            "  items: 0\n"
            "  actions owed: 0\n");
}

TEST(CheckReport, JsonCountsByKindAndStatus) {
  const Diagnostics warnings{problem(Severity::warning, 3, "the committee has no meetings yet")};
  const std::string text = check_json(with_actions_and_a_paper(), 2, warnings);
  ASSERT_TRUE(text.ends_with("}\n"));
  const auto json = nlohmann::json::parse(text);
  EXPECT_EQ(json["ok"], true);
  EXPECT_EQ(json["council"], "Rotherham Metropolitan Borough Council");
  EXPECT_EQ(json["files"], 2);
  EXPECT_EQ(json["venues"], 1);
  EXPECT_EQ(json["bodies"], 0);
  EXPECT_EQ(json["committees"][0], nlohmann::json::parse(R"({
      "id": "ilsc", "name": "Improving Lives Select Commission", "members": 4,
      "meetings": {"total": 5, "by_kind": {"ordinary": 4, "workshop": 1}, "by_status": {"scheduled": 5}},
      "items": {"total": 2, "by_status": {"booked": 2}}, "actions_owed": 1})"));
  ASSERT_EQ(json["warnings"].size(), 1u);
  EXPECT_EQ(json["warnings"][0]["severity"], "warning");
  EXPECT_EQ(json["warnings"][0]["line"], 3);
  EXPECT_EQ(json["warnings"][0]["text"], format_line(warnings[0]));
}

TEST(CheckReport, AFailureAsJsonAndCounted) {
  const Diagnostics problems{problem(Severity::error, 2, "is missing"), problem(Severity::warning, 3, "is odd"),
                             problem(Severity::error, 4, "is missing")};
  const auto json = nlohmann::json::parse(check_failure_json(problems));
  EXPECT_EQ(json["ok"], false);
  ASSERT_EQ(json["errors"].size(), 3u);
  EXPECT_EQ(json["errors"][0], nlohmann::json::parse(R"json({
      "severity": "error", "file": "config/ilsc.yaml", "line": 2, "column": 5, "field": "committees.ilsc.name",
      "message": "is missing", "found": "", "expected": "the committee's full name",
      "text": "config/ilsc.yaml:2:5: error: committees.ilsc.name: is missing (expected the committee's full name)"})json"));
  EXPECT_EQ(not_loaded(problems), "2 errors; the configuration was not loaded");
  EXPECT_EQ(not_loaded({problems[0]}), "1 error; the configuration was not loaded");
}

TEST(CheckReport, AFileNameThatIsNotUtf8IsStillJson) {
  Diagnostic d = problem(Severity::error, 1, "is missing");
  d.where.file = "caf\xe9.yaml";
  const std::string text = check_failure_json({d});
  EXPECT_NE(text.find("caf\xEF\xBF\xBD.yaml"), std::string::npos) << text;
}

}  // namespace
}  // namespace agendad::reports
