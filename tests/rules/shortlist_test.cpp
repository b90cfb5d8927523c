#include "planner/rules/shortlist.hpp"

#include <gtest/gtest.h>

#include <random>

namespace agendad::planner {
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
  return shortlist(programme, PlanningCalendar{}, programme_as_of(programme, 2025y / March / 5d), "ilsc");
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

std::vector<std::string> ranked_ids(const Programme& programme, const std::vector<Outcome>& outcomes) {
  std::vector<std::string> order;
  for (const Outcome& o : outcomes)
    if (o.rank) order.push_back(programme.items[o.item].id);
  return order;
}

// The default key: deadline, then merit, then age, then the agreed order; on the programme and
// newly shortlisted ranked together.
TEST(Shortlist, RankByDeadlineThenMeritThenAgeThenAgreedOrder) {
  Programme programme = oxford_scale();
  Item top = scored("top", {2, 2, 2, 2, 2});
  Item deadline = scored("deadline", {2, 2, 2, 1, 1});
  deadline.constraints.due_before.emplace().date = 2025y / June / 1d;
  Item waiting_long = scored("waiting-long", {2, 2, 2, 1, 1});
  waiting_long.history[0].since = 2024y / January / 10d;
  Item waiting_short = scored("waiting-short", {2, 2, 2, 1, 1});
  waiting_short.history[0].since = 2024y / June / 10d;
  Item tie = scored("tie", {2, 2, 2, 1, 1});
  tie.history[0].since = 2024y / June / 10d;
  Item unscored = candidate("pause-update", ItemStatus::awaiting_date);
  unscored.history[0].since = 2023y / June / 1d;
  Item taken = candidate("taken", ItemStatus::taken);
  programme.items = {waiting_short, tie, waiting_long, deadline, top, unscored, taken};
  auto outcomes = run(programme);
  EXPECT_EQ(ranked_ids(programme, outcomes), (std::vector<std::string>{"deadline", "top", "waiting-long", "waiting-short",
                                                                       "tie", "pause-update"}));
  EXPECT_EQ(outcome_of(programme, outcomes, "pause-update").reason,
            "on the work programme (awaiting date) without TOPIC scores, so kept as the committee agreed it; ranked 6th");
}

// Issue 17: an item on the programme scored 25 of 25 comes first, not last behind the unscored.
TEST(Shortlist, AScoredItemOnTheProgrammeIsRankedByItsScore) {
  Programme programme;
  programme.council.selection.scale = TopicScale{1, 5, 15};
  for (std::string id : {"adoption", "radicalisation", "pause"}) programme.items.push_back(candidate(id, ItemStatus::awaiting_date));
  programme.items[2].topic = TopicScores{5, 5, 5, 5, 5};
  auto outcomes = run(programme);
  EXPECT_EQ(ranked_ids(programme, outcomes), (std::vector<std::string>{"pause", "adoption", "radicalisation"}));
  EXPECT_EQ(outcomes[0].reason, "on the work programme (awaiting date), scored 25 of 25; ranked 1st");
}

// An item added today (dated by the papers today) waits less than one awaiting a date since 2024;
// an undated one waits from the as-of date; neither is ordered by its id.
TEST(Shortlist, LongerWaitingGoesFirstAndIdsDecideNothing) {
  Programme programme;
  Item added_today = candidate("a-new", ItemStatus::awaiting_date);
  added_today.history[0].since = 2025y / March / 5d;
  Item old = candidate("z-old", ItemStatus::awaiting_date);
  old.history[0].since = 2024y / September / 17d;
  Item undated = candidate("m-undated", ItemStatus::awaiting_date);
  programme.items = {undated, added_today, old};
  auto outcomes = run(programme);
  EXPECT_EQ(ranked_ids(programme, outcomes), (std::vector<std::string>{"z-old", "m-undated", "a-new"}));
}

// A council may put merit before deadlines; agreement stays the last word on a tie.
TEST(Shortlist, TheCouncilChoosesTheOrderOfTheKeys) {
  Programme programme = oxford_scale();
  programme.council.rules.priority = {PriorityKey::merit, PriorityKey::deadline, PriorityKey::age, PriorityKey::agreed};
  Item deadline = scored("deadline", {2, 2, 2, 1, 1});
  deadline.constraints.due_before.emplace().date = 2025y / June / 1d;
  programme.items = {deadline, scored("top", {2, 2, 2, 2, 2}), scored("second", {2, 2, 2, 1, 1})};
  auto outcomes = run(programme);
  EXPECT_EQ(ranked_ids(programme, outcomes), (std::vector<std::string>{"top", "deadline", "second"}));
}

// Metamorphic: raising one item's score never moves it later, over many random programmes.
TEST(Shortlist, ScoringHigherNeverRanksLater) {
  std::mt19937 random(17);
  for (int round = 0; round < 300; ++round) {
    Programme programme;
    programme.council.selection.scale = TopicScale{1, 5, 10};
    const int n = 2 + static_cast<int>(random() % 8);
    for (int i = 0; i < n; ++i) {
      Item item = candidate("i" + std::to_string(i), random() % 2 ? ItemStatus::awaiting_date : ItemStatus::proposed);
      item.longlisting = Longlisting{true, false, "", true};
      if (random() % 4) item.topic = TopicScores{2, 2, 2, 2, static_cast<int>(2 + random() % 4)};
      if (random() % 3 == 0) item.constraints.due_before.emplace().date = add_days(2025y / June / 1d, static_cast<int>(random() % 3 * 30));
      if (random() % 2) item.history[0].since = add_days(2024y / June / 1d, static_cast<int>(random() % 200));
      programme.items.push_back(item);
    }
    const std::size_t who = random() % programme.items.size();
    auto rank_of = [&](const Programme& p) {
      for (const Outcome& o : run(p))
        if (o.item == who) return o.rank ? o.rank : 1000;
      return 1000;
    };
    const int before = rank_of(programme);
    Item& raised = programme.items[who];
    if (!raised.topic) raised.topic = TopicScores{2, 2, 2, 2, 2};
    else raised.topic->interest = 5;
    EXPECT_LE(rank_of(programme), before) << "round " << round;
  }
}

}  // namespace
}  // namespace agendad::planner
