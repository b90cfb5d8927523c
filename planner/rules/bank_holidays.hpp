#pragma once
// England and Wales bank holidays for any year, by the rules of the Banking and Financial Dealings
// Act 1971 and the proclamations that fix the May and August holidays, with the substitute days
// for a holiday that falls at a weekend, and the one-off changes made by proclamation (kept in
// bank_holidays.cpp: the moved and extra days of 1995, 1999, 2002, 2011, 2012, 2020, 2022, 2023).
// A day added by proclamation after this release is a closure the council names in the
// configuration (council.rules.closure_days or closures).
#include <set>
#include <string_view>
#include <vector>

#include "planner/model/date.hpp"

namespace agendad::planner {

struct BankHoliday {
  Date date;
  std::string_view name;  // "Easter Monday", "Boxing Day (substitute day)"
};

// The year's bank holidays in date order.
std::vector<BankHoliday> england_and_wales_bank_holidays(int year);

// Every bank holiday in the years first to last, both included.
std::set<Date> england_and_wales_bank_holiday_dates(int first_year, int last_year);

// Easter Sunday in the Gregorian calendar (the anonymous algorithm of 1876, "Meeus/Jones/Butcher").
Date easter_sunday(int year);

}  // namespace agendad::planner
