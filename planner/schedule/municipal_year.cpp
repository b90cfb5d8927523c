#include "planner/schedule/municipal_year.hpp"

#include <charconv>
#include <cstdio>

namespace agendad::planner {
namespace {
using namespace std::chrono;

std::optional<int> number(std::string_view text) {
  int value = 0;
  if (text.empty()) return std::nullopt;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end != text.data() + text.size() || text[0] == '-' || text[0] == '+')
    return std::nullopt;
  return value;
}

MunicipalYear starting(int first_year) {
  char label[16];
  std::snprintf(label, sizeof label, "%04d/%02d", first_year % 10000, (first_year + 1) % 100);
  return {label, year{first_year} / May / 1d, year{first_year + 1} / April / 30d};
}

}  // namespace

Result<MunicipalYear> parse_municipal_year(std::string_view text) {
  auto fail = [&] {
    Diagnostic d;
    d.field = "year";
    d.message = "not a municipal year";
    d.found = std::string(text);
    d.expected = "the year it starts and the next, as 2025/26";
    return tl::unexpected(Diagnostics{d});
  };
  auto slash = text.find('/');
  if (slash != 4) return fail();
  auto first = number(text.substr(0, 4));
  auto second_text = text.substr(5);
  auto second = number(second_text);
  if (!first || !second || *first < 1900) return fail();
  bool follows = second_text.size() == 2   ? *second == (*first + 1) % 100
                 : second_text.size() == 4 ? *second == *first + 1
                                           : false;
  if (!follows) return fail();
  return starting(*first);
}

MunicipalYear municipal_year_of(Date date) {
  int y = static_cast<int>(date.year());
  return starting(date.month() >= May ? y : y - 1);
}

}  // namespace agendad::planner
