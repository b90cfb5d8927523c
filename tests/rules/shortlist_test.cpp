#include "planner/rules/shortlist.hpp"

#include <gtest/gtest.h>

namespace agendad {
namespace {
using namespace std::chrono;

Item candidate(std::string id, ItemStatus status) {
  Item item;
  item.id = std::move(id);
  item.committee = "ilsc";
  item.title = item.id;
  ItemState state;
  state.status = status;
  item.history.push_back(state);
  return item;
}

Item scored(std::string id, TopicScores scores) {
  Item item = candidate(std::move(id), ItemStatus::proposed);
  item.longlisting = Longlisting{true, false, "", true};
  item.topic = scores;
  return item;
}

Programme oxford_scale() {
  // Oxford scores each criterion 0 to 2 and shortlists at 8 or more.
  Programme programme;
  programme.council.selection.scale = TopicScale{0, 2, 8};
  programme.bodies.push_back(Body{"hsc", "Health Select Commission", std::nullopt, {}});
  return programme;
}

const Outcome& outcome_of(const Programme& programme, const std::vector<Outcome>& outcomes, std::string_view id) {
  for (const Outcome& o : outcomes)
    if (programme.items[o.item].id == id) return o;
  throw std::runtime_error("no outcome for " + std::string(id));
}

std::vector<Outcome> run(const Programme& programme) {
  return shortlist(programme, PlanningCalendar{}, snapshot(programme, 2025y / March / 5d), "ilsc");
}

TEST(Shortlist, LongListingQuestionsGateTheList) {
  Programme programme = oxford_scale();
  Item elsewhere = candidate("obesity", ItemStatus::proposed);
  elsewhere.longlisting = Longlisting{true, true, "hsc", true};
  Item no_value = candidate("bins", ItemStatus::proposed);
  no_value.longlisting.adds_value = false;
  Item unasked = candidate("libraries", ItemStatus::proposed);
  unasked.longlisting.adds_value = true;
  Item awaiting_scores = candidate("pause", ItemStatus::longlisted);
  awaiting_scores.longlisting = Longlisting{true, false, "", true};
  programme.items = {elsewhere, no_value, unasked, awaiting_scores};
  auto outcomes = run(programme);
  EXPECT_EQ(outcome_of(programme, outcomes, "obesity").reason, 
            "not longlisted: already looked at by the Health Select Commission");
  EXPECT_EQ(outcome_of(programme, outcomes, "bins").selection, Selection::not_longlisted);
  EXPECT_EQ(outcome_of(programme, outcomes, "bins").reason, "not longlisted: scrutiny cannot add value or influence");
  EXPECT_EQ(outcome_of(programme, outcomes, "libraries").reason, "not yet longlisted: 2 of the 3 longlisting questions unanswered");
  EXPECT_EQ(outcome_of(programme, outcomes, "pause").selection, Selection::longlisted);
  for (const Outcome& o : outcomes) EXPECT_EQ(o.rank, 0);
}

TEST(Shortlist, ThresholdOnTheConfiguredScale) {
  Programme programme = oxford_scale();
  programme.items = {scored("at", {2, 2, 2, 1, 1}), scored("below", {2, 2, 1, 1, 1}),
                     scored("off-scale", {3, 2, 2, 2, 2})};
  auto outcomes = run(programme);
  EXPECT_EQ(outcome_of(programme, outcomes, "at").reason, "shortlisted: scored 8 of 10, at or above the threshold of 8; ranked 1st");
  EXPECT_EQ(outcome_of(programme, outcomes, "below").reason, "not shortlisted: scored 7 of 10, below the threshold of 8");
  EXPECT_EQ(outcome_of(programme, outcomes, "off-scale").reason, "not shortlisted: the Time score 3 is outside the scale 0 to 2");
}

TEST(Shortlist, ShortlistedByTheCommitteeWithoutScores) {
  Programme programme = oxford_scale();
  programme.items = {candidate("recorded", ItemStatus::shortlisted), scored("scored", {2, 2, 2, 2, 2})};
  auto outcomes = run(programme);
  EXPECT_EQ(outcome_of(programme, outcomes, "recorded").reason,
            "shortlisted by the committee, with no TOPIC scores recorded; ranked 2nd");
  EXPECT_EQ(outcome_of(programme, outcomes, "scored").rank, 1);
}

TEST(Shortlist, NoScaleConfiguredIsSaidNotGuessed) {
  Programme programme = oxford_scale();
  programme.council.selection.scale.reset();
  programme.items = {scored("at", {2, 2, 2, 1, 1})};
  auto outcomes = run(programme);
  EXPECT_EQ(outcomes[0].selection, Selection::not_shortlisted);
  EXPECT_NE(outcomes[0].reason.find("no TOPIC scale"), std::string::npos);
}

TEST(Shortlist, RankByScoreThenDeadlineThenWaitingThenId) {
  Programme programme = oxford_scale();
  Item top = scored("z-top", {2, 2, 2, 2, 2});
  Item deadline = scored("y-deadline", {2, 2, 2, 1, 1});
  deadline.constraints.due_before.emplace().date = 2025y / June / 1d;
  Item waiting_long = scored("x-waiting", {2, 2, 2, 1, 1});
  waiting_long.history[0].since = 2024y / January / 10d;
  Item waiting_short = scored("w-waiting", {2, 2, 2, 1, 1});
  waiting_short.history[0].since = 2024y / June / 10d;
  Item tie_a = scored("b-tie", {2, 2, 2, 1, 1});
  tie_a.history[0].since = 2024y / June / 10d;
  Item on_programme = candidate("pause-update", ItemStatus::awaiting_date);
  Item taken = candidate("taken", ItemStatus::taken);
  programme.items = {tie_a, waiting_short, waiting_long, deadline, top, on_programme, taken};
  auto outcomes = run(programme);
  std::vector<std::string> order;
  for (const Outcome& o : outcomes) order.push_back(programme.items[o.item].id + ":" + std::to_string(o.rank));
  EXPECT_EQ(order, (std::vector<std::string>{"pause-update:1", "z-top:2", "y-deadline:3", "x-waiting:4", "b-tie:5",
                                              "w-waiting:6"}));
  EXPECT_EQ(outcome_of(programme, outcomes, "pause-update").reason,
            "on the work programme (awaiting date) without TOPIC scores, so kept as the committee agreed it; ranked 1st");
}

}  // namespace
}  // namespace agendad
