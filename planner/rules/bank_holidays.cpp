#include "planner/rules/bank_holidays.hpp"

#include <algorithm>
#include <array>

namespace agendad::planner {
namespace {
using namespace std::chrono;

// What a proclamation changed in one year: the rule's holiday on `instead_of` moves to `date`
// (instead_of empty: `date` is an extra holiday).
struct OneOff {
  Date date;
  std::optional<Date> instead_of;
  std::string_view name;
};

// From the proclamations, as GOV.UK lists them.
const std::array<OneOff, 12>& one_offs() {
  static const std::array<OneOff, 12> table{{
      {1995y / May / 8d, 1995y / May / 1d, "Early May bank holiday (VE day)"},
      {1999y / December / 31d, std::nullopt, "Millennium celebrations"},
      {2002y / June / 4d, 2002y / May / 27d, "Spring bank holiday"},
      {2002y / June / 3d, std::nullopt, "Golden Jubilee bank holiday"},
      {2011y / April / 29d, std::nullopt, "Royal wedding"},
      {2012y / June / 4d, 2012y / May / 28d, "Spring bank holiday"},
      {2012y / June / 5d, std::nullopt, "Queen's Diamond Jubilee"},
      {2020y / May / 8d, 2020y / May / 4d, "Early May bank holiday (VE day)"},
      {2022y / June / 2d, 2022y / May / 30d, "Spring bank holiday"},
      {2022y / June / 3d, std::nullopt, "Platinum Jubilee bank holiday"},
      {2022y / September / 19d, std::nullopt, "Bank Holiday for the State Funeral of Queen Elizabeth II"},
      {2023y / May / 8d, std::nullopt, "Bank holiday for the coronation of King Charles III"},
  }};
  return table;
}

Date first_weekday(year y, month m, weekday w) { return year_month_day{sys_days{y / m / w[1]}}; }
Date last_weekday(year y, month m, weekday w) { return year_month_day{sys_days{y / m / w[last]}}; }

// A holiday on a Saturday or Sunday is kept on the next weekday that is not already a holiday.
Date next_free_weekday(Date date, const std::vector<BankHoliday>& taken) {
  auto is_taken = [&](Date d) {
    return std::any_of(taken.begin(), taken.end(), [d](const BankHoliday& h) { return h.date == d; });
  };
  while (is_weekend(date) || is_taken(date)) date = add_days(date, 1);
  return date;
}

}  // namespace

Date easter_sunday(int y) {
  const int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month_number = (h + l - 7 * m + 114) / 31, day_number = ((h + l - 7 * m + 114) % 31) + 1;
  return year{y} / month{static_cast<unsigned>(month_number)} / day{static_cast<unsigned>(day_number)};
}

std::vector<BankHoliday> england_and_wales_bank_holidays(int y) {
  const year the_year{y};
  std::vector<BankHoliday> days;
  // New Year's Day, Christmas Day and Boxing Day at a weekend move to the next free weekday; the
  // others are Mondays or a Friday by definition. A Boxing Day on a weekday keeps its day, so that a
  // Sunday Christmas is kept on the Tuesday; a Saturday Christmas takes the Monday, Boxing Day the
  // Tuesday.
  auto fixed = [&](Date date, std::string_view name, std::string_view substitute) {
    Date kept = next_free_weekday(date, days);
    days.push_back({kept, kept == date ? name : substitute});
  };
  fixed(the_year / January / 1d, "New Year's Day", "New Year's Day (substitute day)");
  const Date easter = easter_sunday(y);
  days.push_back({add_days(easter, -2), "Good Friday"});
  days.push_back({add_days(easter, 1), "Easter Monday"});
  days.push_back({first_weekday(the_year, May, Monday), "Early May bank holiday"});
  days.push_back({last_weekday(the_year, May, Monday), "Spring bank holiday"});
  days.push_back({last_weekday(the_year, August, Monday), "Summer bank holiday"});
  const Date boxing_day = the_year / December / 26d;
  if (!is_weekend(boxing_day)) days.push_back({boxing_day, "Boxing Day"});
  fixed(the_year / December / 25d, "Christmas Day", "Christmas Day (substitute day)");
  if (is_weekend(boxing_day)) fixed(boxing_day, "Boxing Day", "Boxing Day (substitute day)");

  for (const OneOff& change : one_offs()) {
    if (change.date.year() != the_year) continue;
    if (change.instead_of) {
      auto moved = std::find_if(days.begin(), days.end(), [&](const BankHoliday& h) { return h.date == *change.instead_of; });
      if (moved != days.end()) *moved = {change.date, change.name};
    } else {
      days.push_back({change.date, change.name});
    }
  }
  std::sort(days.begin(), days.end(), [](const BankHoliday& a, const BankHoliday& b) { return a.date < b.date; });
  return days;
}

std::set<Date> england_and_wales_bank_holiday_dates(int first_year, int last_year) {
  std::set<Date> dates;
  for (int y = first_year; y <= last_year; ++y)
    for (const BankHoliday& holiday : england_and_wales_bank_holidays(y)) dates.insert(holiday.date);
  return dates;
}

}  // namespace agendad::planner
