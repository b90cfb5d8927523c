// Each file read on its own and kept: a load that takes the last load's reading of an unchanged
// file reports and makes what a load from nothing does, since the checks across files are run
// again on every load against what the files say now.
#include <gtest/gtest.h>

#include "planner/load/file_reading.hpp"
#include "tests/load/errors_helpers.hpp"

namespace agendad::planner {
namespace {

using testing::all_lines;
using testing::council_yaml;

std::string council_with_scale(int max) {
  std::string text = council_yaml;
  const std::string old = "max: 5";
  return text.replace(text.find(old), old.size(), "max: " + std::to_string(max));
}

// A committee whose item is scored 6 for "others": outside a scale of 1 to 5, within 1 to 6.
const std::string scored = R"(committees:
  - id: ilsc
    name: Improving Lives Select Commission
    venue: town-hall
    meetings:
      - {id: m1, date: 2024-09-17}
    items:
      - id: parking
        title: Parking
        status: booked
        meeting: m1
        topic: {time: 3, others: 6, performance: 3, interest: 3, contribution: 3}
)";

// The two loads compared: from nothing, and from the readings of `earlier`'s load.
struct BothWays {
  Result<LoadedProgramme> fresh;
  Result<LoadedProgramme> reusing;
};

BothWays load_both_ways(const std::vector<SourceText>& earlier, const std::vector<SourceText>& now) {
  return {load_programme_with_warnings(now), assemble_programme(read_files(now, {.earlier = read_files(earlier)}))};
}

TEST(ReadFiles, AFileWithTheSameTextIsTakenAsItWasRead) {
  const std::vector<SourceText> before{{"config/council.yaml", council_yaml}, {"config/ilsc.yaml", scored}};
  const FileReadings earlier = read_files(before);
  const std::vector<SourceText> after{{"config/council.yaml", council_with_scale(6)}, {"config/ilsc.yaml", scored}};
  const FileReadings readings = read_files(after, {.earlier = earlier});
  ASSERT_EQ(readings.size(), 2U);
  EXPECT_NE(readings[0], earlier[0]) << "the council's file changed, so it is read again";
  EXPECT_EQ(readings[1], earlier[1]) << "the committee's file did not";
  EXPECT_EQ(readings[0]->source.text, council_with_scale(6));
}

// A reading's places name its file, so the same text under another name is read again.
TEST(ReadFiles, TheSameTextUnderAnotherNameIsReadAgain) {
  const FileReadings earlier = read_files({{"config/a.yaml", scored}});
  const FileReadings readings = read_files({{"config/b.yaml", scored}}, {.earlier = earlier});
  ASSERT_EQ(readings.size(), 1U);
  EXPECT_NE(readings[0], earlier[0]);
  EXPECT_EQ(readings[0]->part.committees.at(0).where.file, "config/b.yaml");
}

// Files read side by side make the readings one thread makes, in the files' order, and the same
// problems in the same order once assembled.
TEST(ReadFiles, ReadOnSeveralThreadsAsOnOne) {
  std::vector<SourceText> files{{"config/council.yaml", council_yaml}};
  for (int i = 0; i < 12; ++i) {
    std::string text = scored;
    for (std::string::size_type at = 0; (at = text.find("ilsc", at)) != std::string::npos; at += 4)
      text.replace(at, 4, "c" + std::to_string(i / 10) + std::to_string(i % 10));
    files.push_back({"config/c" + std::to_string(i) + ".yaml", text});
  }
  const FileReadings one = read_files(files), four = read_files(files, {.earlier = {}, .threads = 4});
  ASSERT_EQ(four.size(), files.size());
  for (std::size_t i = 0; i < files.size(); ++i) {
    EXPECT_EQ(four[i]->source.path, files[i].path);
    EXPECT_EQ(all_lines(four[i]->run.diagnostics), all_lines(one[i]->run.diagnostics)) << files[i].path;
  }
  auto on_one = assemble_programme(one), on_four = assemble_programme(four);
  ASSERT_FALSE(on_one);
  ASSERT_FALSE(on_four);
  EXPECT_EQ(all_lines(on_four.error()), all_lines(on_one.error()));
  // Each committee's score of 6 is outside the scale; each after the first reuses the ids m1 and
  // parking, so its booking names the first committee's meeting.
  EXPECT_EQ(on_four.error().size(), 12U + 11U * 3U) << all_lines(on_four.error());
}

// The committee's reading is kept while the council's scale changes under it, both ways round: its
// score is checked against the scale of the load it is in, not of the load that read it.
TEST(AssembleProgramme, AKeptReadingsScoresAreCheckedAgainstTheScaleNow) {
  const SourceText committee{"config/ilsc.yaml", scored};
  auto widened = load_both_ways({{"config/council.yaml", council_yaml}, committee},
                                {{"config/council.yaml", council_with_scale(6)}, committee});
  ASSERT_TRUE(widened.fresh) << all_lines(widened.fresh.error());
  ASSERT_TRUE(widened.reusing) << all_lines(widened.reusing.error());
  EXPECT_EQ(widened.reusing->programme.item("parking")->topic->others, 6);

  auto narrowed = load_both_ways({{"config/council.yaml", council_with_scale(6)}, committee},
                                 {{"config/council.yaml", council_yaml}, committee});
  ASSERT_FALSE(narrowed.fresh);
  ASSERT_FALSE(narrowed.reusing);
  EXPECT_EQ(all_lines(narrowed.reusing.error()), all_lines(narrowed.fresh.error()));
  EXPECT_EQ(testing::only_about(narrowed.reusing.error(), "committees.ilsc.items.parking.topic.others").message,
            "is outside the TOPIC scale");
}

// A meeting refused for its own error in one file is not reported again where another file's
// committee books an item on it, though that file's reading was made in an earlier load.
TEST(AssembleProgramme, AKeptReadingSeesTheIdsRefusedInTheOtherFilesNow) {
  auto with_meeting = [](const std::string& date) {
    return SourceText{"config/ilsc.yaml", R"(committees:
  - id: ilsc
    name: Improving Lives Select Commission
    meetings:
      - {id: m1, date: )" + date + R"(, kind: joint, joint_with: health}
)"};
  };
  const SourceText booking{"config/health.yaml", R"(committees:
  - id: health
    name: Health Select Commission
    items:
      - {id: dentistry, title: Dentistry, status: booked, meeting: m1}
)"};
  const SourceText council{"config/council.yaml", council_yaml};
  auto both = load_both_ways({council, with_meeting("2024-09-17"), booking},
                             {council, with_meeting("2025-02-30"), booking});
  ASSERT_FALSE(both.fresh);
  ASSERT_FALSE(both.reusing);
  EXPECT_EQ(all_lines(both.reusing.error()), all_lines(both.fresh.error()));
  std::vector<std::string> errors;  // beside them, a warning that the Health Select Commission has no meetings
  for (const auto& d : both.reusing.error())
    if (d.severity == Severity::error) errors.push_back(d.field);
  EXPECT_EQ(errors, std::vector<std::string>{"committees.ilsc.meetings.m1.date"}) << all_lines(both.reusing.error());
}

// Only the first file's council counts: a kept reading of a second is reported as the council
// described twice, and what reading it found is not reported, whichever load read it.
TEST(AssembleProgramme, AKeptSecondCouncilIsReportedOnceAsDescribedTwice) {
  const SourceText first{"config/a.yaml", "council:\n  name: Rotherham\n"};
  const SourceText second{"config/b.yaml", "council:\n  name: Rotherham\n  colour: red\n"};
  auto both = load_both_ways({second}, {first, second});
  ASSERT_FALSE(both.fresh);
  ASSERT_FALSE(both.reusing);
  EXPECT_EQ(all_lines(both.reusing.error()), all_lines(both.fresh.error()));
  ASSERT_EQ(both.reusing.error().size(), 1U) << all_lines(both.reusing.error());
  EXPECT_EQ(both.reusing.error().front().message,
            "the council is described twice; keep one `council:` in all the files");
  EXPECT_EQ(both.reusing.error().front().where.file, "config/b.yaml");

  auto alone = load_both_ways({first, second}, {second});
  ASSERT_FALSE(alone.reusing) << "b.yaml's council, now the only one, has an unknown field";
  EXPECT_EQ(all_lines(alone.reusing.error()), all_lines(alone.fresh.error()));
  EXPECT_EQ(alone.reusing.error().front().field, "council.colour");
}

}  // namespace
}  // namespace agendad::planner
