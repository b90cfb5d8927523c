#include "planner/schedule/ideal_dates.hpp"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace agendad::planner {

std::vector<int> ideal_days(const DayGrid& grid, int first_day, int last_day, const std::vector<bool>& month_off,
                            std::optional<int> meetings_per_year, std::optional<int> gap_weeks) {
  std::vector<int> open;  // the days of the months the body meets in
  for (int day = first_day; day <= last_day; ++day)
    if (!month_off[static_cast<unsigned>(grid.date(day).month())]) open.push_back(day);
  // A body with every month off still has its meetings to hold: aim them across the whole year,
  // so that the search reports each as impossible rather than silently proposing none.
  if (open.empty())
    for (int day = first_day; day <= last_day; ++day) open.push_back(day);
  if (open.empty()) return {};
  double length = static_cast<double>(open.size());
  int count = meetings_per_year ? *meetings_per_year
                                : std::max(1, static_cast<int>(std::lround(length / (7.0 * gap_weeks.value_or(1)))));
  std::vector<int> ideal;
  for (int k = 0; k < count; ++k) {
    auto at = static_cast<std::size_t>((k + 0.5) * length / count);
    ideal.push_back(open[std::min(at, open.size() - 1)]);
  }
  return ideal;
}

std::vector<bool> match_nearest(const std::vector<int>& ideal, const std::vector<int>& kept) {
  std::vector<std::tuple<int, std::size_t, std::size_t>> pairs;  // distance, kept, ideal
  for (std::size_t k = 0; k < kept.size(); ++k)
    for (std::size_t i = 0; i < ideal.size(); ++i) pairs.emplace_back(std::abs(kept[k] - ideal[i]), k, i);
  std::sort(pairs.begin(), pairs.end());
  std::vector<bool> ideal_taken(ideal.size(), false), kept_used(kept.size(), false);
  for (auto [distance, k, i] : pairs) {
    if (ideal_taken[i] || kept_used[k]) continue;
    ideal_taken[i] = kept_used[k] = true;
  }
  return ideal_taken;
}

}  // namespace agendad::planner
