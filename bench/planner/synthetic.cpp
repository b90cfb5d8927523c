#include "synthetic.hpp"

#include <random>

namespace agendad::bench {

using planner::Blackout, planner::Committee, planner::Date, planner::Item, planner::ItemKind, planner::ItemState,
    planner::ItemStatus, planner::Longlisting, planner::Meeting, planner::MeetingKind, planner::MeetingStatus,
    planner::Programme, planner::TopicScale, planner::TopicScores, planner::add_days;

SyntheticProgramme synthetic_programme(std::size_t items, unsigned seed) {
  using namespace std::chrono;
  std::mt19937_64 random(seed);
  auto uniform = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(random); };
  const std::size_t meetings = std::max<std::size_t>(1, items / 10);
  const Date first = 2025y / January / 7d;  // a Tuesday

  SyntheticProgramme result;
  Programme& p = result.programme;
  result.as_of = add_days(first, -21);
  p.council.rules.capacity_items = 3;
  p.council.selection.scale = TopicScale{0, 2, 5};
  // A pre-election period every year keeps scrutiny reviews out of late April, cutting holes in
  // their runs of meetings.
  for (int year = 2025; year < 2025 + static_cast<int>(meetings / 52) + 2; ++year)
    p.council.rules.blackouts.push_back(Blackout{std::chrono::year{year} / April / 10d, std::chrono::year{year} / May / 8d,
                                                 "pre-election period", {ItemKind::scrutiny_review}, {}});
  Committee committee;
  committee.id = "c";
  committee.name = "Synthetic Select Commission";
  p.committees.push_back(committee);

  p.meetings.reserve(meetings);
  for (std::size_t m = 0; m < meetings; ++m) {
    Meeting meeting;
    meeting.id = "m" + std::to_string(m);
    meeting.committee = "c";
    meeting.date = add_days(first, static_cast<int>(7 * m));
    if (m % 40 == 39) meeting.status = MeetingStatus::cancelled;
    if (m % 13 == 6) meeting.kind = MeetingKind::workshop;
    p.meetings.push_back(std::move(meeting));
  }

  p.items.reserve(items);
  for (std::size_t i = 0; i < items; ++i) {
    Item item;
    item.id = "i" + std::to_string(i);
    item.committee = "c";
    item.title = "Item " + std::to_string(i);
    item.kind = uniform(0, 9) == 0 ? ItemKind::scrutiny_review : ItemKind::report;
    ItemState state;
    const int roll = uniform(0, 99);
    const int at = uniform(0, static_cast<int>(meetings) - 1);
    if (roll < 10) {  // booked, most of them where there is room
      state.status = ItemStatus::booked;
      state.meeting = p.meetings[at].id;
    } else {
      state.status = roll < 60 ? ItemStatus::awaiting_date : ItemStatus::proposed;
      state.since = add_days(result.as_of, -uniform(0, 400));
      item.longlisting = Longlisting{uniform(0, 19) != 0, uniform(0, 19) == 0, "", true};
      if (roll >= 30) item.topic = TopicScores{uniform(0, 2), uniform(0, 2), uniform(0, 2), uniform(0, 2), uniform(0, 2)};
      // Each item may wait up to half a year from a not-before date somewhere in the programme.
      const Date from = p.meetings[at].date;
      item.constraints.not_before = from;
      item.constraints.due_before.emplace().date = add_days(from, 7 * uniform(1, 26));
    }
    item.history.push_back(std::move(state));
    p.items.push_back(std::move(item));
  }
  return result;
}

}  // namespace agendad::bench
