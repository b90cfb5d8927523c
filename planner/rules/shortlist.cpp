#include "planner/rules/shortlist.hpp"

#include <algorithm>
#include <array>

#include "planner/rules/deadline.hpp"
#include "planner/rules/wording.hpp"

namespace agendad::planner {
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
  Outcome outcome;
  outcome.item = index;
  if (item.topic) outcome.score = item.topic->total();
  // The committee's agreement keeps an item on its programme; a score ranks it, never removes it.
  if (on_programme(state.status)) {
    outcome.selection = Selection::on_programme;
    outcome.reason = "on the work programme (" + status_phrase(state) + ")";
    if (!item.topic) outcome.reason += " without TOPIC scores, so kept as the committee agreed it";
    else if (scale) outcome.reason += ", scored " + std::to_string(item.topic->total()) + " of " + std::to_string(5 * scale->max);
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

std::vector<Outcome> shortlist(const Programme& programme, const PlanningCalendar& calendar, const ProgrammeAsOf& view,
                               std::string_view committee) {
  const TopicScale* scale = programme.council.selection.scale ? &*programme.council.selection.scale : nullptr;
  const std::span<const PriorityKey> order = programme.council.rules.priority;
  std::vector<Outcome> outcomes;
  for (const Item* of_committee : programme.items_of(committee)) {  // from the index: not every item's
    const auto i = static_cast<std::size_t>(of_committee - programme.items.data());
    const auto& state = view.states[i];
    if (!state || state->status == ItemStatus::taken || state->status == ItemStatus::withdrawn) continue;
    outcomes.push_back(judge(programme, scale, i, *state));
    if (selected(outcomes.back().selection)) outcomes.back().priority = priority_of(programme, calendar, i, view.as_of);
  }
  // Selected items by the council's rank keys (on the programme or newly shortlisted alike), the
  // rest after them in configuration order.
  std::stable_sort(outcomes.begin(), outcomes.end(), [&](const Outcome& x, const Outcome& y) {
    const bool sx = selected(x.selection), sy = selected(y.selection);
    if (sx != sy) return sx;
    return sx ? ranks_before(x.priority, y.priority, order) : x.item < y.item;
  });
  int rank = 0;
  for (Outcome& outcome : outcomes)
    if (selected(outcome.selection)) {
      outcome.rank = ++rank;
      outcome.reason += "; ranked " + ordinal(rank);
    }
  return outcomes;
}

}  // namespace agendad::planner
