// The trust boundary (issue 18): the example configuration with exempt items and officers' notes,
// each private field holding a marker of its own; no public byte the daemon serves or exports, nor
// /healthz, may hold one, while the members' versions must (else the test proves nothing).
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <unistd.h>

#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include "daemon/site/build_snapshot.hpp"
#include "daemon/site/published.hpp"
#include "daemon/site/respond.hpp"
#include "tests/site/fixture.hpp"
#include "tests/support/agendad_process.hpp"

namespace agendad::site {

using planner::Date, planner::iso;

namespace {

namespace fs = std::filesystem;

// Every private value planted; ids are lower-case, as ids must be. The public looks for the stem
// in any case, so that a marker cut short by a renderer still counts.
constexpr std::string_view stem = "private-marker";

struct Planted {
  std::string marker;
  std::string field;  // where it was planted, for the failure message
  bool members_see;   // a members' page or feed shows this field
};

class Planter {
 public:
  std::string text(const std::string& field, bool members_see) {
    return add("PRIVATE-MARKER-", "-END", field, members_see);
  }
  std::string id(const std::string& field) { return add("private-marker-", "-end", field, true); }
  const std::vector<Planted>& all() const { return planted_; }

 private:
  std::string add(const std::string& prefix, const std::string& suffix, const std::string& field, bool members_see) {
    std::string marker = prefix + (planted_.size() < 9 ? "0" : "") + std::to_string(planted_.size() + 1) + suffix;
    planted_.push_back({marker, field, members_see});
    return marker;
  }
  std::vector<Planted> planted_;
};

YAML::Node by_id(const YAML::Node& list, const std::string& id) {
  for (YAML::Node node : list)
    if (node["id"].as<std::string>() == id) return node;
  ADD_FAILURE() << "the example has no " << id;
  return YAML::Node();
}

// An exempt item's every private field, and its id; its state's notes marked published, which
// Schedule 12A overrides.
void make_exempt(YAML::Node item, Planter& planter, int paragraph) {
  const std::string id = item["id"].as<std::string>();
  item["exempt"]["paragraph"] = paragraph;
  item["exempt"]["public_title"] = "Exempt business " + std::to_string(paragraph);
  item["id"] = planter.id(id + ".id");
  // Members see an agenda's business under its title and description, and the rest of the work
  // programme under its work-programme title.
  const std::string status = item["status"].as<std::string>();
  const bool on_agenda = status == "booked" || status == "taken";
  item["title"] = planter.text(id + ".title", on_agenda);
  item["work_programme_title"] = planter.text(id + ".work_programme_title", !on_agenda);
  item["description"] = planter.text(id + ".description", on_agenda);
  item["includes"] = std::vector<std::string>{planter.text(id + ".includes", false)};
  item["lead_service"] = planter.text(id + ".lead_service", false);
  item["lead_officer"] = planter.text(id + ".lead_officer", false);
  item["cabinet_member"] = planter.text(id + ".cabinet_member", false);
  item["longlisting"]["looked_at_elsewhere"] = true;
  item["longlisting"]["elsewhere"] = planter.text(id + ".longlisting.elsewhere", false);
  item["note"] = planter.text(id + ".note", false);
  item["notes_public"] = true;
  if (item["due_before"]) item["due_before"]["why"] = planter.text(id + ".due_before.why", false);
  if (item["available_by"]) item["available_by"]["source"] = planter.text(id + ".available_by.source", false);
  if (status == "deferred") {
    item["reason"] = planter.text(id + ".reason", false);
    item["requested_by"] = planter.text(id + ".requested_by", false);
  }
  for (YAML::Node state : item["earlier"]) {
    state["note"] = planter.text(id + ".earlier.note", false);
    state["notes_public"] = true;
  }
}

// Officers' notes on items and meetings that are not exempt, none marked published.
void plant_notes(YAML::Node committee, Planter& planter) {
  YAML::Node waiting = by_id(committee["items"], "one-adoption-annual-report");
  waiting["note"] = planter.text("one-adoption-annual-report.note", true);
  waiting.remove("notes_public");
  YAML::Node deferred = by_id(committee["items"], "radicalisation-in-schools");
  deferred["status"] = "deferred";
  deferred["note"] = planter.text("radicalisation-in-schools.note", true);
  deferred["reason"] = planter.text("radicalisation-in-schools.reason", false);
  deferred["requested_by"] = planter.text("radicalisation-in-schools.requested_by", true);
  deferred.remove("notes_public");
  YAML::Node earlier;
  earlier["status"] = "proposed";
  earlier["note"] = planter.text("pause-update.earlier.note", false);
  by_id(committee["items"], "pause-update")["earlier"].push_back(earlier);

  YAML::Node moved = by_id(committee["meetings"], "ilsc-2024-12-03");
  moved["status"] = "moved";
  YAML::Node move;
  move["from_date"] = "2024-11-26";
  move["reason"] = planter.text("ilsc-2024-12-03.moves.reason", true);
  move["requested_by"] = planter.text("ilsc-2024-12-03.moves.requested_by", false);
  moved["moves"].push_back(move);
  YAML::Node cancelled;  // a meeting of its own: no item may stay booked on a cancelled one
  cancelled["id"] = "ilsc-2025-02-11";
  cancelled["date"] = "2025-02-11";
  cancelled["status"] = "cancelled";
  cancelled["status_reason"] = planter.text("ilsc-2025-02-11.status_reason", true);
  committee["meetings"].push_back(cancelled);
}

// The example configuration copied to a directory of its own, with the markers planted, and a
// secrets file naming one member's token.
class PlantedConfiguration {
 public:
  PlantedConfiguration() : root_(fs::temp_directory_path() / ("agendad-boundary-" + std::to_string(::getpid()))) {
    fs::remove_all(root_);
    fs::create_directories(root_ / "config");
    for (const auto& entry : fs::directory_iterator(fs::path(AGENDAD_SOURCE_DIR) / "config"))
      if (entry.is_regular_file()) fs::copy_file(entry.path(), root_ / "config" / entry.path().filename());
    YAML::Node root = YAML::LoadFile((root_ / "config" / "ilsc.yaml").string());
    YAML::Node committee = root["committees"][0];
    int paragraph = 1;
    for (const char* id : {"rscp-annual-report", "ofsted-focused-visit", "youth-justice-update",
                           "kinship-local-offer", "domestic-abuse-strategy-update", "ehe-policy-update"})
      make_exempt(by_id(committee["items"], id), planter_, paragraph++ % 7 + 1);
    plant_notes(committee, planter_);
    std::ofstream(root_ / "config" / "ilsc.yaml") << YAML::Dump(root) << "\n";
    std::ofstream(root_ / "secrets") << testing::member_token << "\n";
    fs::permissions(root_ / "secrets", fs::perms::owner_read | fs::perms::owner_write);
  }
  ~PlantedConfiguration() { fs::remove_all(root_); }

  BuildInputs inputs(Date as_of) const {
    BuildInputs inputs;
    inputs.config_dir = root_ / "config";
    inputs.secrets_file = root_ / "secrets";
    inputs.as_of = as_of;
    inputs.base_url = "https://agendad.example.org";
    return inputs;
  }
  const fs::path& root() const { return root_; }

  // Gives the item `id` a kind no item has, so that the load fails quoting `value`.
  void quote_in_an_error(const std::string& id, const std::string& value) const {
    YAML::Node root = YAML::LoadFile((root_ / "config" / "ilsc.yaml").string());
    by_id(root["committees"][0]["items"], id)["kind"] = value;
    std::ofstream(root_ / "config" / "ilsc.yaml") << YAML::Dump(root) << "\n";
  }
  const std::vector<Planted>& planted() const { return planter_.all(); }

 private:
  fs::path root_;
  Planter planter_;
};

std::string lower(std::string text) {
  for (char& c : text)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return text;
}

// iCalendar folds long lines; a marker split by a fold is still a leak.
std::string unfolded(std::string text) {
  for (const std::string_view fold : {"\r\n ", "\r\n\t"})
    for (auto at = text.find(fold); at != std::string::npos; at = text.find(fold, at)) text.erase(at, fold.size());
  return text;
}

// What of the planted values (or of any marker cut short) `bytes` holds, for a failure message.
std::string leaks(const std::string& bytes, const std::vector<Planted>& planted) {
  const std::string seen = lower(unfolded(bytes));
  if (seen.find(stem) == std::string::npos) return {};
  std::string named;
  for (const auto& each : planted)
    if (seen.find(lower(each.marker)) != std::string::npos) named += " " + each.marker + " (" + each.field + ")";
  return named.empty() ? " a marker cut short" : named;
}

Date day(int year, unsigned month, unsigned d) {
  return Date{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{d}};
}

const std::vector<Date> as_of_dates{day(2024, 9, 1), day(2025, 3, 5), day(2025, 7, 1)};

TEST(PublicBoundary, NoPrivateValueInAnyPublicResourceOrItsGzip) {
  const PlantedConfiguration config;
  ASSERT_GE(config.planted().size(), 30u);
  std::set<std::string> members_saw;
  std::size_t checked = 0;
  for (const Date as_of : as_of_dates) {
    const auto snapshot = build_snapshot(config.inputs(as_of));
    ASSERT_TRUE(snapshot) << format_line(snapshot.error().front());
    ASSERT_FALSE(snapshot->member_resources.empty());
    for (const auto& [path, resource] : snapshot->public_resources) {
      EXPECT_EQ(leaks(std::string(resource.body.view()), config.planted()), "") << iso(as_of) << " " << path;
      const std::string gzip = resource.gzip_body.empty() ? "" : testing::gunzip(resource.gzip_body);
      EXPECT_EQ(leaks(gzip, config.planted()), "") << iso(as_of) << " " << path << " (gzip)";
      ++checked;
    }
    for (const auto& [path, resource] : snapshot->member_resources) {
      const std::string seen = unfolded(std::string(resource.body.view()));
      for (const auto& each : config.planted())
        if (seen.find(each.marker) != std::string::npos) members_saw.insert(each.marker);
    }
  }
  EXPECT_GT(checked, 100u);
  RecordProperty("public_resources_checked", static_cast<int>(checked));
  RecordProperty("markers", static_cast<int>(config.planted().size()));
  // Not vacuous: the members' versions show what the public's withhold.
  for (const auto& each : config.planted()) {
    EXPECT_TRUE(!each.members_see || members_saw.contains(each.marker)) << each.marker << " (" << each.field << ")";
  }
}

// `agendad export` writes the snapshot's public bytes; run it once to see that it still does.
TEST(PublicBoundary, TheExportHoldsNoPrivateValue) {
  const PlantedConfiguration config;
  const auto out = config.root() / "export";
  const auto outcome = test_support::run_agendad("export --config " + (config.root() / "config").string() +
                                                 " --out " + out.string() + " --as-of 2025-03-05");
  ASSERT_EQ(outcome.status, 0) << outcome.err;
  std::size_t files = 0;
  for (const auto& entry : fs::recursive_directory_iterator(out)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    const bool zipped = entry.path().extension() == ".gz";
    EXPECT_EQ(leaks(zipped ? testing::gunzip(bytes.str()) : bytes.str(), config.planted()), "") << entry.path();
    ++files;
  }
  EXPECT_GT(files, 50u);
}

// A failed load's located errors quote values and name exempt items by their real ids: the public
// /healthz gives their number only, the members' one gives them in full.
TEST(PublicBoundary, HealthzTellsThePublicOnlyCounts) {
  const PlantedConfiguration config;
  auto snapshot = build_snapshot(config.inputs(day(2025, 3, 5)));
  ASSERT_TRUE(snapshot) << format_line(snapshot.error().front());
  const auto exempt_id = config.planted().front().marker;  // rscp-annual-report's id
  config.quote_in_an_error(exempt_id, "PRIVATE-MARKER-QUOTED");
  const auto broken = build_snapshot(config.inputs(day(2025, 3, 5)));
  ASSERT_FALSE(broken);
  Failure failure{std::chrono::sys_seconds{}, {}};
  for (const auto& error : broken.error()) failure.errors.push_back(format_line(error));
  std::string located;
  for (const auto& error : failure.errors) located += error + "\n";
  ASSERT_NE(lower(located).find(stem), std::string::npos) << "the errors name no private value:\n" << located;

  snapshot->warnings.push_back("ilsc.yaml:1:1: warning: about " + exempt_id);
  const auto shown = health_json(*snapshot, &failure);
  EXPECT_EQ(leaks(shown, config.planted()), "") << shown;
  EXPECT_EQ(lower(shown).find(stem), std::string::npos) << shown;
  EXPECT_NE(shown.find("\"status\": \"degraded\""), std::string::npos) << shown;
  EXPECT_NE(shown.find("\"errors\": " + std::to_string(failure.errors.size())), std::string::npos) << shown;
  EXPECT_NE(shown.find("\"warnings\": " + std::to_string(snapshot->warnings.size())), std::string::npos) << shown;
  const auto members = members_health_json(*snapshot, &failure);
  EXPECT_NE(members.find("PRIVATE-MARKER-QUOTED"), std::string::npos) << members;
  EXPECT_NE(members.find(exempt_id), std::string::npos) << members;
}

}  // namespace
}  // namespace agendad::site
