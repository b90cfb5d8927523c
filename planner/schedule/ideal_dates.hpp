#pragma once
// Where a body's meetings would fall if nothing else mattered: evenly spread over the days of the
// year in the months it meets, so that a gap across a month off (August) counts only the months met in.
#include <optional>
#include <vector>

#include "planner/schedule/day_grid.hpp"

namespace agendad::planner {

// The evenly spaced days (indices into the grid) for a body's meetings: meetings_per_year of them
// where set, otherwise as many as fit one every gap_weeks. Each sits in the middle of its share of
// the year (first_day to last_day). month_off is indexed by month number (1 = January).
std::vector<int> ideal_days(const DayGrid& grid, int first_day, int last_day, const std::vector<bool>& month_off,
                            std::optional<int> meetings_per_year, std::optional<int> gap_weeks);

// Pairs each kept day with the nearest ideal day not yet paired (nearest pairs first), and says
// which ideal days a kept meeting already covers.
std::vector<bool> match_nearest(const std::vector<int>& ideal, const std::vector<int>& kept);

}  // namespace agendad::planner
