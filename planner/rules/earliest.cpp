#include "planner/rules/earliest.hpp"

namespace agendad::planner {

std::optional<Earliest> earliest_day(const Item& item) {
  std::optional<Earliest> earliest;
  if (item.constraints.not_before)
    earliest = Earliest{*item.constraints.not_before, day_month_year(*item.constraints.not_before), "", false};
  if (const auto& paper = item.constraints.available_by) {
    // "By May" is read as by the end of May: the first meeting sure to have the paper is after it.
    const Date day = paper->date ? *paper->date
                                 : Date{(*paper->month + std::chrono::months{1}) / std::chrono::day{1}};
    const std::string by = paper->date ? day_month_year(*paper->date) : month_year(*paper->month);
    if (!earliest || earliest->day < day)
      earliest = Earliest{day, day_month_year(day) + " (its paper is expected by " + by +
                                   (paper->estimate ? ", an estimate)" : ")"),
                          paper->source, paper->estimate};
  }
  return earliest;
}

}  // namespace agendad::planner
