#pragma once
// Civil dates: a day in the Europe/London calendar, with no time of day and no zone.
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace agendad::planner {

using Date = std::chrono::year_month_day;

// "2024-09-17" -> the date; nullopt for anything else, including 2025-02-30.
std::optional<Date> parse_iso_date(std::string_view text);
// "2025-07" -> the first day of that month.
std::optional<std::chrono::year_month> parse_iso_month(std::string_view text);

std::string iso(Date date);                       // 2024-09-17
std::string iso(std::chrono::year_month month);   // 2025-07
std::string long_date(Date date);                 // Tuesday 17 September 2024
std::string day_month_year(Date date);            // 17 September 2024
std::string month_year(std::chrono::year_month month);  // July 2025
std::string weekday_name(std::chrono::weekday day);     // Tuesday
std::string month_name(std::chrono::month month);       // September

std::chrono::sys_days days(Date date);
Date add_days(Date date, int count);
std::chrono::weekday weekday_of(Date date);
bool is_weekend(Date date);

}  // namespace agendad::planner
