#include "planner/rules/shortlist.hpp"

#include <algorithm>
#include <array>
#include <limits>
#include <tuple>

#include "planner/rules/deadline.hpp"
#include "planner/rules/wording.hpp"

namespace agendad {
namespace {

std::string status_phrase(const ItemState& state) {
  return state.status == ItemStatus::booked ? "booked on a meeting" : to_string(state.status);
}

// The first longlisting answer that rules the item out, worded as the reason.
std::optional<std::string> failed_longlisting(const Programme& programme, const Longlisting& answers) {
  if (answers.adds_value == false) return "not longlisted: scrutiny cannot add value or influence";
  if (answers.looked_at_elsewhere == true)
    return "not longlisted: already looked at by " +
           (answers.elsewhere.empty() ? std::string("another body") : the_body(programme, answers.elsewhere));
  if (answers.priority == false) return "not longlisted: not a council or community priority";
  return std::nullopt;
}

std::optional<std::string> out_of_scale(const TopicScores& scores, const TopicScale& scale) {
  const std::array<std::pair<const char*, int>, 5> each{{{"Time", scores.time},
                                                        {"Others", scores.others},
                                                        {"Performance", scores.performance},
                                                        {"Interest", scores.interest},
                                                        {"Contribution", scores.contribution}}};
  for (auto [name, value] : each)
    if (value < scale.min || value > scale.max)
      return std::string("not shortlisted: the ") + name + " score " + std::to_string(value) + " is outside the scale " +
             std::to_string(scale.min) + " to " + std::to_string(scale.max);
  return std::nullopt;
}

Outcome judge(const Programme& programme, const TopicScale* scale, std::size_t index, const ItemState& state) {
  const Item& item = programme.items[index];
  Outcome outcome{index, Selection::unanswered, std::nullopt, 0, {}};
  if (item.topic) outcome.score = item.topic->total();
  if (on_programme(state.status) && !item.topic) {
    outcome.selection = Selection::on_programme;
    outcome.reason = "on the work programme (" + status_phrase(state) + ") without TOPIC scores, so kept as the committee agreed it";
    return outcome;
  }
  if (state.status == ItemStatus::shortlisted && !item.topic) {
    outcome.selection = Selection::shortlisted;
    outcome.reason = "shortlisted by the committee, with no TOPIC scores recorded";
    return outcome;
  }
  if (auto failed = failed_longlisting(programme, item.longlisting)) {
    outcome.selection = Selection::not_longlisted;
    outcome.reason = *failed;
    return outcome;
  }
  if (!item.topic) {
    const Longlisting& l = item.longlisting;
    int open = !l.adds_value + !l.looked_at_elsewhere + !l.priority;
    outcome.selection = open ? Selection::unanswered : Selection::longlisted;
    outcome.reason = open ? "not yet longlisted: " + std::to_string(open) + " of the 3 longlisting questions unanswered"
                          : "longlisted: awaiting TOPIC scores";
    return outcome;
  }
  outcome.selection = Selection::not_shortlisted;
  if (!scale) {
    outcome.reason = "not shortlisted: the configuration sets no TOPIC scale and threshold to judge its score against";
    return outcome;
  }
  if (auto bad = out_of_scale(*item.topic, *scale)) {
    outcome.reason = *bad;
    return outcome;
  }
  const int total = item.topic->total();
  const std::string scored = "scored " + std::to_string(total) + " of " + std::to_string(5 * scale->max);
  if (total >= scale->threshold) {
    outcome.selection = Selection::shortlisted;
    outcome.reason = "shortlisted: " + scored + ", at or above the threshold of " + std::to_string(scale->threshold);
  } else {
    outcome.reason = "not shortlisted: " + scored + ", below the threshold of " + std::to_string(scale->threshold);
  }
  return outcome;
}

std::string ordinal(int n) {
  const int tens = n % 100;
  const char* suffix = (tens >= 11 && tens <= 13) ? "th" : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
  return std::to_string(n) + suffix;
}

}  // namespace

std::string to_string(Selection selection) {
  switch (selection) {
    case Selection::not_longlisted: return "not longlisted";
    case Selection::unanswered: return "not yet longlisted";
    case Selection::longlisted: return "longlisted";
    case Selection::not_shortlisted: return "not shortlisted";
    case Selection::shortlisted: return "shortlisted";
    case Selection::on_programme: return "on the work programme";
  }
  return "not yet longlisted";
}

bool selected(Selection selection) {
  return selection == Selection::shortlisted || selection == Selection::on_programme;
}

std::vector<Outcome> shortlist(const Programme& programme, const PlanningCalendar& calendar, const Snapshot& view,
                               std::string_view committee) {
  const TopicScale* scale = programme.council.selection.scale ? &*programme.council.selection.scale : nullptr;
  std::vector<Outcome> outcomes;
  // The rank key: items on the programme first, then newly shortlisted ones, by score (none below
  // any), earlier deadline (none last), longer waiting (unknown: waiting since before the earliest
  // paper), then id; the unselected after them in configuration order. Plain integers, so that a
  // programme of a million items sorts in a fraction of a second.
  struct Key {
    int group;  // 0 on the programme, 1 newly shortlisted, 2 not selected
    int minus_score;
    int deadline;       // days since 1970; none: the largest int
    int waiting_since;  // days since 1970; unknown: the smallest int
    std::string_view id;
    std::size_t outcome;
  };
  auto day_number = [](Date d) { return static_cast<int>(days(d).time_since_epoch().count()); };
  std::vector<Key> keys;
  for (std::size_t i = 0; i < programme.items.size(); ++i) {
    const Item& item = programme.items[i];
    const auto& state = view.states[i];
    if (item.committee != committee || !state || state->status == ItemStatus::taken ||
        state->status == ItemStatus::withdrawn)
      continue;
    outcomes.push_back(judge(programme, scale, i, *state));
    const Selection selection = outcomes.back().selection;
    Key key{2, 0, 0, 0, {}, outcomes.size() - 1};
    if (selected(selection)) {
      auto deadline = resolve_deadline(programme, calendar, item);
      auto waiting = state->since ? state->since : item.known_from;
      key = Key{selection == Selection::shortlisted ? 1 : 0, item.topic ? -item.topic->total() : 1,
                deadline ? day_number(deadline->before) : std::numeric_limits<int>::max(),
                waiting ? day_number(*waiting) : std::numeric_limits<int>::min(), item.id, outcomes.size() - 1};
    }
    keys.push_back(key);
  }
  std::sort(keys.begin(), keys.end(), [](const Key& x, const Key& y) {
    return std::tie(x.group, x.minus_score, x.deadline, x.waiting_since, x.id, x.outcome) <
           std::tie(y.group, y.minus_score, y.deadline, y.waiting_since, y.id, y.outcome);
  });
  std::vector<std::size_t> order;
  order.reserve(keys.size());
  for (const Key& key : keys) order.push_back(key.outcome);
  std::vector<Outcome> ranked;
  ranked.reserve(outcomes.size());
  int rank = 0;
  for (std::size_t i : order) {
    Outcome outcome = std::move(outcomes[i]);
    if (selected(outcome.selection)) {
      outcome.rank = ++rank;
      outcome.reason += "; ranked " + ordinal(rank);
    }
    ranked.push_back(std::move(outcome));
  }
  return ranked;
}

}  // namespace agendad
