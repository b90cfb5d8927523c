#include "daemon/http/http_date.hpp"

#include <array>
#include <cstdio>
#include <locale>
#include <sstream>

#include <date/date.h>

namespace agendad::http {
namespace {

using namespace std::chrono;

constexpr std::array<std::string_view, 7> short_days{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
constexpr std::array<std::string_view, 12> months{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// The text read with the date library in `format`, nothing left over. The library reads more
// loosely than RFC 9110 writes (one-digit days, any case, any run of spaces), so a date is taken
// only if it is written back exactly as it came: which also refuses a weekday that is not the
// date's, and a date that does not exist.
std::optional<sys_seconds> read_exactly(std::string_view text, const char* format) {
  std::istringstream in{std::string(text)};
  in.imbue(std::locale::classic());
  sys_seconds when{};
  in >> date::parse(format, when);
  if (in.fail() || in.peek() != std::char_traits<char>::eof()) return std::nullopt;
  return when;
}

std::string written(const char* format, sys_seconds when) {
  std::ostringstream out;
  out.imbue(std::locale::classic());
  out << date::format(format, when);
  return out.str();
}

// Sun, 06 Nov 1994 08:49:37 GMT
std::optional<sys_seconds> imf_fixdate(std::string_view text) {
  constexpr const char* format = "%a, %d %b %Y %T GMT";
  const auto when = read_exactly(text, format);
  if (!when || written(format, *when) != text) return std::nullopt;
  return when;
}

// Sunday, 06-Nov-94 08:49:37 GMT. Two-digit years are read as RFC 9110 asks: one that looks
// more than 50 years in the future is in the past century (the library's own rule is POSIX's).
std::optional<sys_seconds> rfc850_date(std::string_view text) {
  constexpr const char* format = "%A, %d-%b-%y %T GMT";
  auto when = read_exactly(text, format);
  if (!when || written(format, *when) != text) return std::nullopt;
  const auto day = floor<days>(*when);
  const year_month_day date{day};
  const int this_year = static_cast<int>(year_month_day{floor<days>(system_clock::now())}.year());
  int year = this_year / 100 * 100 + static_cast<int>(date.year()) % 100;
  if (year > this_year + 50) year -= 100;
  const year_month_day in_century{std::chrono::year{year}, date.month(), date.day()};
  // 29 February of a year two-digit-equal to a leap year that is not one.
  if (!in_century.ok()) return std::nullopt;
  return sys_seconds{sys_days{in_century}} + (*when - day);
}

// Sun Nov  6 08:49:37 1994
std::optional<sys_seconds> asctime_date(std::string_view text) {
  constexpr const char* format = "%a %b %e %T %Y";
  const auto when = read_exactly(text, format);
  if (!when || written(format, *when) != text) return std::nullopt;
  return when;
}

}  // namespace

std::string format_http_date(sys_seconds when) {
  const auto day = floor<days>(when);
  const year_month_day date{day};
  const hh_mm_ss time{when - day};
  char text[32];
  std::snprintf(text, sizeof text, "%s, %02u %s %04d %02d:%02d:%02d GMT",
                short_days[weekday{day}.c_encoding()].data(), static_cast<unsigned>(date.day()),
                months[static_cast<unsigned>(date.month()) - 1].data(), static_cast<int>(date.year()),
                static_cast<int>(time.hours().count()), static_cast<int>(time.minutes().count()),
                static_cast<int>(time.seconds().count()));
  return text;
}

std::optional<sys_seconds> parse_http_date(std::string_view text) {
  if (text.size() > 3 && text[3] == ',') return imf_fixdate(text);
  if (text.find(',') != std::string_view::npos) return rfc850_date(text);
  return asctime_date(text);
}

}  // namespace agendad::http
