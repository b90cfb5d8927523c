// SEQUENCE across reloads, restarts and lost state files.
#include "feeds/ical/sequence_state.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <iterator>
#include <fstream>

#include "daemon/state/sequence_file.hpp"
#include "feed_testing.hpp"

namespace agendad::ical {

using planner::Action, planner::Closure, planner::Meeting, planner::MeetingKind, planner::MeetingStatus,
    planner::PlanningCalendar, planner::Programme, planner::Severity, planner::WallTime;

namespace {

using namespace testing;
// The file itself (daemon/state) is tested here beside the state it holds.
using state::load_sequence_state;
using state::LoadedState;
using state::save_sequence_state;
using state::sequence_state_path;
namespace fs = std::filesystem;
using std::chrono::sys_days;

const Seconds t0{sys_days{ymd(2024, 6, 1)} + std::chrono::hours{9}};
// Weekdays alone, no bank holidays: these tests are about the meetings, not the deadlines.
const PlanningCalendar weekdays{};

Seconds minutes_after(Seconds at, int minutes) { return at + std::chrono::minutes{minutes}; }

struct TempDir {
  fs::path path = fs::temp_directory_path() / ("agendad-state-" + std::to_string(::getpid()) + "-" +
                                               ::testing::UnitTest::GetInstance()->current_test_info()->name());
  TempDir() { fs::remove_all(path); }
  ~TempDir() { fs::remove_all(path); }
};

Programme two_meetings() {
  Programme programme = small_programme();
  programme.meetings = {meeting_at("a", ymd(2024, 9, 17), WallTime{10, 0}),
                        meeting_at("b", ymd(2024, 10, 29), WallTime{10, 0})};
  return programme;
}

Action action_at(const std::string& id, const std::string& meeting) {
  Action action;
  action.id = id;
  action.committee = "ilsc";
  action.meeting = meeting;
  return action;
}

TEST(SequenceStateTest, NewMeetingsStartAtTheFloorAndChangesRaiseByOne) {
  Programme programme = two_meetings();
  SequenceState first = next_state(SequenceState{7, {}}, programme, weekdays, t0);
  EXPECT_EQ(first.meetings.at("a"), (MeetingRevision{fingerprint(programme, weekdays, programme.meetings[0]), 7, t0}));

  programme.meetings[0].start = WallTime{14, 0};
  SequenceState second = next_state(first, programme, weekdays, minutes_after(t0, 5));
  EXPECT_EQ(second.meetings.at("a").sequence, 8);
  EXPECT_EQ(second.meetings.at("a").changed, minutes_after(t0, 5));
  EXPECT_EQ(second.meetings.at("b"), first.meetings.at("b"));

  // A meeting that leaves the configuration is remembered, so that coming back never lowers it.
  Meeting removed = programme.meetings[0];
  programme.meetings.erase(programme.meetings.begin());
  SequenceState third = next_state(second, programme, weekdays, minutes_after(t0, 10));
  EXPECT_EQ(third.meetings.at("a").sequence, 8);
  removed.date = ymd(2024, 9, 24);
  programme.meetings.push_back(removed);
  EXPECT_EQ(next_state(third, programme, weekdays, minutes_after(t0, 15)).meetings.at("a").sequence, 9);
}

TEST(SequenceStateTest, WhatCountsAsAChange) {
  Programme programme = two_meetings();
  programme.actions = {action_at("data", "a"), action_at("report", "b")};
  std::string original = fingerprint(programme, weekdays, programme.meetings[0]);
  auto changed = [&](auto edit) {
    Programme copy = programme;
    PlanningCalendar calendar = weekdays;
    edit(copy, calendar);
    return fingerprint(copy, calendar, copy.meetings[0]) != original;
  };
  EXPECT_TRUE(changed([](Programme& p, PlanningCalendar&) { p.meetings[0].date = ymd(2024, 9, 18); }));
  EXPECT_TRUE(changed([](Programme& p, PlanningCalendar&) { p.meetings[0].start = WallTime{10, 30}; }));
  EXPECT_TRUE(changed([](Programme& p, PlanningCalendar&) { p.meetings[0].duration_minutes = 180; }));
  EXPECT_TRUE(changed(
      [](Programme& p, PlanningCalendar&) { p.venues[0].address = "Riverside House, Main Street, Rotherham"; }));
  EXPECT_TRUE(changed([](Programme& p, PlanningCalendar&) { p.meetings[0].status = MeetingStatus::cancelled; }));
  EXPECT_TRUE(changed([](Programme& p, PlanningCalendar&) { p.meetings[0].confirmed = false; }));
  EXPECT_FALSE(changed([](Programme& p, PlanningCalendar&) { p.meetings[0].format = "hybrid"; }));
  EXPECT_FALSE(changed([](Programme& p, PlanningCalendar&) { p.meetings[1].date = ymd(2024, 11, 5); }));
  // Its deadlines (publication Monday 9 September, five clear working days before Tuesday 17th):
  // a bank holiday among the clear days moves them, one after the meeting does not.
  EXPECT_TRUE(changed([](Programme&, PlanningCalendar& c) { c.bank_holidays.insert(ymd(2024, 9, 12)); }));
  EXPECT_FALSE(changed([](Programme&, PlanningCalendar& c) { c.bank_holidays.insert(ymd(2024, 12, 25)); }));
  EXPECT_TRUE(changed([](Programme& p, PlanningCalendar&) { p.council.rules.publication_clear_days = 3; }));
  EXPECT_TRUE(changed([](Programme& p, PlanningCalendar&) { p.council.rules.report_deadline_working_days = 3; }));
  EXPECT_TRUE(changed([](Programme& p, PlanningCalendar&) {
    Closure office_move;
    office_move.from = office_move.to = ymd(2024, 9, 10);
    p.council.rules.closures.push_back(office_move);
  }));
  // The actions resolved at it, not those resolved at another meeting.
  EXPECT_TRUE(changed([](Programme& p, PlanningCalendar&) { p.actions[0].done = true; }));
  EXPECT_TRUE(changed([](Programme& p, PlanningCalendar&) { p.actions[0].due = ymd(2024, 10, 1); }));
  EXPECT_TRUE(changed([](Programme& p, PlanningCalendar&) { p.actions.pop_back(), p.actions.pop_back(); }));
  EXPECT_FALSE(changed([](Programme& p, PlanningCalendar&) { p.actions[1].done = true; }));
  EXPECT_FALSE(changed([](Programme& p, PlanningCalendar&) { std::swap(p.actions[0], p.actions[1]); }));
  EXPECT_FALSE(changed([](Programme& p, PlanningCalendar&) { p.actions[0].owed = "the data, by ward"; }));
}

TEST(SequenceStateTest, AWorkshopHasNoDeadlinesToChange) {
  Programme programme = two_meetings();
  programme.meetings[0].kind = MeetingKind::workshop;
  PlanningCalendar holiday = weekdays;
  holiday.bank_holidays.insert(ymd(2024, 9, 12));
  EXPECT_EQ(fingerprint(programme, holiday, programme.meetings[0]),
            fingerprint(programme, weekdays, programme.meetings[0]));
}

// Fingerprints from before they covered deadlines and actions (the event alone) never match, so the
// first load after the upgrade raises every SEQUENCE once, even a workshop's with nothing new.
TEST(SequenceStateTest, TheUpgradeRaisesEverySequenceOnce) {
  Programme programme = two_meetings();
  programme.meetings[1].kind = MeetingKind::workshop;
  // Written by the previous version for this programme.
  auto before = parse_sequence_state(
      "agendad sequence state 1\nfloor 3\n"
      "meeting 4 1717232400 ffee03bf5136bd11 a\n"
      "meeting 6 1717232400 964f4c8553482ee7 b\n");
  ASSERT_TRUE(before);
  SequenceState upgraded = next_state(*before, programme, weekdays, t0);
  EXPECT_EQ(upgraded.meetings.at("a").sequence, 5);
  EXPECT_EQ(upgraded.meetings.at("b").sequence, 7);
  EXPECT_EQ(upgraded.meetings.at("b").changed, t0);
  EXPECT_EQ(next_state(upgraded, programme, weekdays, minutes_after(t0, 5)), upgraded);
}

TEST(SequenceStateTest, SavedAtomicallyAndLoadedBackUnchanged) {
  TempDir dir;
  Programme programme = two_meetings();
  programme.meetings[1].id = "ilsc 2024 extraordinary";  // ids are written last on their line: spaces survive
  SequenceState state = next_state(SequenceState{91451977, {}}, programme, weekdays, t0);
  auto saved = save_sequence_state(dir.path / "nested", state);
  ASSERT_TRUE(saved) << format_line(saved.error().front());
  EXPECT_EQ(*saved, dir.path / "nested" / "sequences");
  // Nothing beside it: the temporary file it was written through is gone.
  EXPECT_EQ(std::distance(fs::directory_iterator(dir.path / "nested"), fs::directory_iterator()), 1);
  LoadedState loaded = load_sequence_state(dir.path / "nested", minutes_after(t0, 60));
  EXPECT_TRUE(loaded.warnings.empty());
  EXPECT_EQ(loaded.state, state);
}

TEST(SequenceStateTest, AnUnwritableStateDirectoryIsAnErrorNotACrash) {
  TempDir dir;
  fs::create_directories(dir.path);
  std::ofstream(dir.path / "file") << "x";
  auto saved = save_sequence_state(dir.path / "file", SequenceState{});
  ASSERT_FALSE(saved);
  EXPECT_NE(saved.error().front().message.find("state directory"), std::string::npos);
}

TEST(SequenceStateTest, ARebuiltStateNeverLowersASequenceASubscriberHasSeen) {
  TempDir dir;
  Programme programme = two_meetings();
  LoadedState first = load_sequence_state(dir.path, t0);  // a first start: nothing there
  ASSERT_EQ(first.warnings.size(), 1u);
  EXPECT_EQ(first.warnings.front().severity, Severity::warning);
  EXPECT_EQ(first.state.floor, rebuild_floor(t0));
  SequenceState state = next_state(first.state, programme, weekdays, t0);
  // A busy day: the clerk moves meeting a forty times, one reload a minute.
  for (int minute = 1; minute <= 40; ++minute) {
    programme.meetings[0].start = WallTime{9 + minute % 2, minute};
    state = next_state(state, programme, weekdays, minutes_after(t0, minute));
  }
  std::int64_t seen = state.meetings.at("a").sequence;
  ASSERT_TRUE(save_sequence_state(dir.path, state));

  for (const std::string& corrupt : {std::string("agendad sequence state 1\nfloor 12\nmeeting 5 17"),  // truncated
                                     std::string("\x00\x01garbage", 9), std::string()}) {
    std::ofstream(sequence_state_path(dir.path), std::ios::binary | std::ios::trunc) << corrupt;
    LoadedState rebuilt = load_sequence_state(dir.path, minutes_after(t0, 41));
    ASSERT_EQ(rebuilt.warnings.size(), 1u);
    EXPECT_NE(rebuilt.warnings.front().message.find("corrupt"), std::string::npos);
    SequenceState after = next_state(rebuilt.state, programme, weekdays, minutes_after(t0, 41));
    EXPECT_GT(after.meetings.at("a").sequence, seen);
    EXPECT_GT(after.meetings.at("b").sequence, state.meetings.at("b").sequence);
  }
}

TEST(SequenceStateTest, MalformedFilesAreRefusedByTheParser) {
  std::string good = "agendad sequence state 1\nfloor 3\nmeeting 4 1717232400 0123456789abcdef a\n";
  ASSERT_TRUE(parse_sequence_state(good));
  EXPECT_EQ(parse_sequence_state(good)->meetings.at("a").sequence, 4);
  for (const std::string& bad : {
           std::string("agendad sequence state 2\nfloor 3\n"),
           std::string("agendad sequence state 1\n"),
           std::string("agendad sequence state 1\nfloor -1\n"),
           std::string("agendad sequence state 1\nfloor 3\nmeeting -4 1717232400 0123456789abcdef a\n"),
           std::string("agendad sequence state 1\nfloor 3\nmeeting 4 1717232400 0123456789ABCDEF a\n"),
           std::string("agendad sequence state 1\nfloor 3\nmeeting 4 1717232400 0123456789abcdef \n"),
           std::string("agendad sequence state 1\nfloor 3\nmeeting 99999999999 1717232400 0123456789abcdef a\n"),
           good + "meeting 5 1717232400 0123456789abcdef a\n",
           good + "floor 4\n",
           good + "extra\n",
           good.substr(0, good.size() - 1),
       })
    EXPECT_FALSE(parse_sequence_state(bad)) << bad;
}

}  // namespace
}  // namespace agendad::ical
