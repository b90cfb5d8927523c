#include "planner/model/date.hpp"

#include <array>
#include <charconv>
#include <cstdio>

namespace agendad::planner {
namespace {

constexpr std::array<const char*, 12> month_names{
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};
constexpr std::array<const char*, 7> weekday_names{
    "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

std::optional<int> digits(std::string_view text) {
  if (text.empty()) return std::nullopt;
  int value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  return value;
}

bool digit_only(std::string_view text) {
  for (char c : text)
    if (c < '0' || c > '9') return false;
  return true;
}

}  // namespace

std::optional<std::chrono::year_month> parse_iso_month(std::string_view text) {
  if (text.size() != 7 || text[4] != '-') return std::nullopt;
  auto y = text.substr(0, 4);
  auto m = text.substr(5, 2);
  if (!digit_only(y) || !digit_only(m)) return std::nullopt;
  auto year = digits(y);
  auto month = digits(m);
  if (!year || !month || *month < 1 || *month > 12) return std::nullopt;
  return std::chrono::year{*year} / std::chrono::month{static_cast<unsigned>(*month)};
}

std::optional<Date> parse_iso_date(std::string_view text) {
  if (text.size() != 10 || text[7] != '-') return std::nullopt;
  auto month = parse_iso_month(text.substr(0, 7));
  auto d = text.substr(8, 2);
  if (!month || !digit_only(d)) return std::nullopt;
  auto day = digits(d);
  if (!day) return std::nullopt;
  Date date = *month / std::chrono::day{static_cast<unsigned>(*day)};
  if (!date.ok()) return std::nullopt;
  return date;
}

std::string iso(Date date) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
  return buffer;
}

std::string iso(std::chrono::year_month month) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u", static_cast<int>(month.year()),
                static_cast<unsigned>(month.month()));
  return buffer;
}

std::string month_name(std::chrono::month month) {
  return month_names.at(static_cast<unsigned>(month) - 1);
}

std::string weekday_name(std::chrono::weekday day) { return weekday_names.at(day.c_encoding()); }

std::string day_month_year(Date date) {
  return std::to_string(static_cast<unsigned>(date.day())) + " " + month_name(date.month()) + " " +
         std::to_string(static_cast<int>(date.year()));
}

std::string long_date(Date date) { return weekday_name(weekday_of(date)) + " " + day_month_year(date); }

std::string month_year(std::chrono::year_month month) {
  return month_name(month.month()) + " " + std::to_string(static_cast<int>(month.year()));
}

std::chrono::sys_days days(Date date) { return std::chrono::sys_days{date}; }

Date add_days(Date date, int count) { return Date{days(date) + std::chrono::days{count}}; }

std::chrono::weekday weekday_of(Date date) { return std::chrono::weekday{days(date)}; }

bool is_weekend(Date date) {
  auto day = weekday_of(date);
  return day == std::chrono::Saturday || day == std::chrono::Sunday;
}

}  // namespace agendad::planner
