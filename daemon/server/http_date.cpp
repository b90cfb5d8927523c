#include "daemon/server/http_date.hpp"

#include <array>
#include <charconv>
#include <cstdio>

namespace agendad::server {
namespace {

using namespace std::chrono;

constexpr std::array<std::string_view, 7> short_days{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
constexpr std::array<std::string_view, 7> long_days{"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                    "Thursday", "Friday", "Saturday"};
constexpr std::array<std::string_view, 12> months{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// A cursor over the text that consumes fixed pieces and fails for good on the first mismatch.
class Reader {
 public:
  explicit Reader(std::string_view text) : text_(text) {}
  bool literal(std::string_view expected) {
    if (!ok_ || !text_.starts_with(expected)) return ok_ = false;
    text_.remove_prefix(expected.size());
    return true;
  }
  int digits(std::size_t count) {
    int value = 0;
    if (!ok_ || text_.size() < count) return fail();
    for (std::size_t i = 0; i < count; ++i) {
      if (text_[i] < '0' || text_[i] > '9') return fail();
      value = value * 10 + (text_[i] - '0');
    }
    text_.remove_prefix(count);
    return value;
  }
  // One of the names, returning its index.
  template <std::size_t N>
  int one_of(const std::array<std::string_view, N>& names) {
    for (std::size_t i = 0; i < N && ok_; ++i)
      if (text_.starts_with(names[i])) {
        text_.remove_prefix(names[i].size());
        return static_cast<int>(i);
      }
    return fail();
  }
  bool at_end() const { return ok_ && text_.empty(); }
  bool ok() const { return ok_; }
  std::string_view rest() const { return text_; }

 private:
  int fail() {
    ok_ = false;
    return 0;
  }
  std::string_view text_;
  bool ok_ = true;
};

std::optional<sys_seconds> make_time(int year, int month_index, int day, int hour, int minute, int second,
                                     int weekday_index) {
  const year_month_day date{std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(month_index + 1)},
                            std::chrono::day{static_cast<unsigned>(day)}};
  if (!date.ok() || hour > 23 || minute > 59 || second > 60) return std::nullopt;
  // A date whose weekday is wrong is not a date this server ever sent; better ignored than guessed.
  if (weekday{sys_days{date}}.c_encoding() != static_cast<unsigned>(weekday_index)) return std::nullopt;
  return sys_seconds{sys_days{date}} + hours{hour} + minutes{minute} + seconds{std::min(second, 59)};
}

// hh:mm:ss
bool time_of_day(Reader& in, int& hour, int& minute, int& second) {
  hour = in.digits(2);
  in.literal(":");
  minute = in.digits(2);
  in.literal(":");
  second = in.digits(2);
  return in.ok();
}

// Sun, 06 Nov 1994 08:49:37 GMT
std::optional<sys_seconds> imf_fixdate(std::string_view text) {
  Reader in(text);
  const int wd = in.one_of(short_days);
  in.literal(", ");
  const int day = in.digits(2);
  in.literal(" ");
  const int month = in.one_of(months);
  in.literal(" ");
  const int year = in.digits(4);
  in.literal(" ");
  int hour = 0, minute = 0, second = 0;
  time_of_day(in, hour, minute, second);
  in.literal(" GMT");
  if (!in.at_end()) return std::nullopt;
  return make_time(year, month, day, hour, minute, second, wd);
}

// Sunday, 06-Nov-94 08:49:37 GMT. Two-digit years are read as RFC 9110 asks: one that looks
// more than 50 years in the future is in the past century.
std::optional<sys_seconds> rfc850_date(std::string_view text) {
  Reader in(text);
  const int wd = in.one_of(long_days);
  in.literal(", ");
  const int day = in.digits(2);
  in.literal("-");
  const int month = in.one_of(months);
  in.literal("-");
  const int yy = in.digits(2);
  in.literal(" ");
  int hour = 0, minute = 0, second = 0;
  time_of_day(in, hour, minute, second);
  in.literal(" GMT");
  if (!in.at_end()) return std::nullopt;
  const int this_year = static_cast<int>(year_month_day{floor<days>(system_clock::now())}.year());
  int year = this_year / 100 * 100 + yy;
  if (year > this_year + 50) year -= 100;
  return make_time(year, month, day, hour, minute, second, wd);
}

// Sun Nov  6 08:49:37 1994
std::optional<sys_seconds> asctime_date(std::string_view text) {
  Reader in(text);
  const int wd = in.one_of(short_days);
  in.literal(" ");
  const int month = in.one_of(months);
  in.literal(" ");
  int day = 0;
  if (in.rest().starts_with(" ")) {
    in.literal(" ");
    day = in.digits(1);
  } else {
    day = in.digits(2);
  }
  in.literal(" ");
  int hour = 0, minute = 0, second = 0;
  time_of_day(in, hour, minute, second);
  in.literal(" ");
  const int year = in.digits(4);
  if (!in.at_end()) return std::nullopt;
  return make_time(year, month, day, hour, minute, second, wd);
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

}  // namespace agendad::server
