#include "planner/schedule/infer_pattern.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace agendad::planner {
namespace {
using namespace std::chrono;

// Workshops, extraordinary meetings and cancelled ones keep no rhythm, and the planner's own
// proposals are not evidence of one.
std::vector<Meeting> rhythm_meetings(const Committee& committee, const std::vector<Meeting>& meetings,
                                     const MunicipalYear& year) {
  std::vector<Meeting> found;
  for (const Meeting& m : meetings)
    if (m.committee == committee.id && year.contains(m.date) && is_formal(m) && m.kind != MeetingKind::extraordinary &&
        m.status != MeetingStatus::cancelled && !m.proposed)
      found.push_back(m);
  std::sort(found.begin(), found.end(),
            [](const Meeting& a, const Meeting& b) { return std::tie(a.date, a.start) < std::tie(b.date, b.start); });
  return found;
}

template <typename T>
struct Tally {
  T value{};
  int count = 0;
  bool tied = false;  // another value is as common
};

// The most common of `values` (in date order); between values as common, the latest one's.
template <typename T>
Tally<T> most_common(const std::vector<T>& values) {
  std::map<T, int> counts;
  for (const T& v : values) ++counts[v];
  Tally<T> best;
  for (auto v = values.rbegin(); v != values.rend(); ++v)
    if (counts[*v] > best.count) best = {*v, counts[*v], false};
  for (const auto& [value, count] : counts)
    if (count == best.count && value != best.value) best.tied = true;
  return best;
}

int day_in(const MunicipalYear& year, Date date) { return static_cast<int>((days(date) - days(year.first)).count()); }

// The middle of the gaps between one meeting and the next (the later of the two middles).
int usual_gap(const std::vector<Date>& dates) {
  std::vector<int> gaps;
  for (std::size_t i = 1; i < dates.size(); ++i) gaps.push_back(static_cast<int>((days(dates[i]) - days(dates[i - 1])).count()));
  std::sort(gaps.begin(), gaps.end());
  return gaps.empty() ? 0 : gaps[gaps.size() / 2];
}

// A month no meeting fell in is a month off when the gap across it is longer than the usual one:
// a recess (August), not the rhythm stepping over a short month. The year is read round, so that
// the gap from April's meeting to June's covers May.
std::vector<month> months_off(const std::vector<Date>& dates, const MunicipalYear& year, int usual) {
  std::vector<int> at;
  at.reserve(dates.size());
  for (Date d : dates) at.push_back(day_in(year, d));
  int length = day_in(year, year.last) + 1;
  std::vector<month> off;
  for (year_month ym = year.first.year() / year.first.month(); ym <= year.last.year() / year.last.month();
       ym += months{1}) {
    int from = day_in(year, ym / 1d);
    int to = day_in(year, Date{ym / std::chrono::last});
    auto next = std::lower_bound(at.begin(), at.end(), from);
    if (next != at.end() && *next <= to) continue;  // it met that month
    int after = next == at.end() ? at.front() + length : *next;
    int before = next == at.begin() ? at.back() - length : *std::prev(next);
    if (after - before > usual) off.push_back(ym.month());
  }
  return off;
}

std::string dates_list(const std::vector<Date>& dates) {
  std::string text;
  for (Date d : dates) text += (text.empty() ? "" : ", ") + day_month_year(d);
  return text;
}

std::string share(int count, std::size_t of) {
  return count == static_cast<int>(of) ? "all " + std::to_string(of) : std::to_string(count) + " of " + std::to_string(of);
}

// "2 on Tuesdays, 2 on Wednesdays, 1 on Thursday"
std::string weekday_counts(const std::vector<unsigned>& codes) {
  std::map<unsigned, int> counts;
  for (unsigned c : codes) ++counts[c];
  std::string text;
  for (const auto& [code, count] : counts)
    text += (text.empty() ? "" : ", ") + std::to_string(count) + " on " + weekday_name(weekday{code}) +
            (count > 1 ? "s" : "");
  return text;
}

}  // namespace

tl::expected<InferredPattern, std::string> infer_pattern(const Committee& committee,
                                                         const std::vector<Meeting>& meetings,
                                                         const MunicipalYear& previous) {
  std::vector<Meeting> held = rhythm_meetings(committee, meetings, previous);
  const std::string in_year = " in " + previous.label;
  InferredPattern inferred;
  inferred.year = previous.label;
  for (const Meeting& m : held) inferred.from.push_back(m.date);
  if (held.empty()) return tl::unexpected("no formal meetings" + in_year + " to infer a pattern from");
  if (held.size() < static_cast<std::size_t>(fewest_meetings_to_infer_from))
    return tl::unexpected("only " + std::to_string(held.size()) + " formal meeting" + (held.size() > 1 ? "s" : "") +
                          in_year + " (" + dates_list(inferred.from) + "); a pattern needs at least " +
                          std::to_string(fewest_meetings_to_infer_from) + " to infer from");
  std::vector<unsigned> weekdays;
  std::vector<WallTime> starts;
  std::vector<std::string> venues;
  for (const Meeting& m : held) {
    weekdays.push_back(weekday_of(m.date).c_encoding());
    if (auto start = m.start ? m.start : committee.start) starts.push_back(*start);
    if (const std::string& venue = m.venue.empty() ? committee.venue : m.venue; !venue.empty()) venues.push_back(venue);
  }
  auto day = most_common(weekdays);
  if (2 * day.count <= static_cast<int>(held.size()))
    return tl::unexpected("no weekday most of its " + std::to_string(held.size()) + " formal meetings" + in_year +
                          " fell on (" + weekday_counts(weekdays) + ")");
  if (starts.empty())
    return tl::unexpected("no start time for its formal meetings" + in_year + ", nor a usual start for the committee");
  if (venues.empty())
    return tl::unexpected("no venue for its formal meetings" + in_year + ", nor a usual venue for the committee");
  auto start = most_common(starts);
  auto venue = most_common(venues);
  inferred.on_weekday = day.count;
  inferred.at_start = start.count;
  inferred.at_venue = venue.count;
  inferred.usual_gap_days = usual_gap(inferred.from);
  MeetingPattern& pattern = inferred.pattern;
  pattern.weekdays = {weekday{day.value}};
  pattern.start = start.value;
  pattern.venue = venue.value;
  pattern.meetings_per_year = static_cast<int>(held.size());
  pattern.months_without_meetings = months_off(inferred.from, previous, inferred.usual_gap_days);
  return inferred;
}

std::string describe(const InferredPattern& inferred, std::string_view venue_name) {
  const MeetingPattern& pattern = inferred.pattern;
  std::size_t n = inferred.from.size();
  std::string text = "inferred from the " + std::to_string(n) + " meetings of " + inferred.year + " (" +
                     dates_list(inferred.from) + "): ";
  if (!pattern.weekdays.empty())
    text += weekday_name(pattern.weekdays.front()) + "s (" + share(inferred.on_weekday, n) + "), ";
  if (pattern.start) text += "at " + agenda_time(*pattern.start) + " (" + share(inferred.at_start, n) + "), ";
  text += "in " + std::string(venue_name) + " (" + share(inferred.at_venue, n) + "), ";
  text += std::to_string(pattern.meetings_per_year.value_or(0)) + " meetings a year (usually " +
          std::to_string(static_cast<int>(std::lround(inferred.usual_gap_days / 7.0))) + " weeks apart), ";
  const auto& off = pattern.months_without_meetings;
  if (off.empty()) return text + "meeting in any month";
  text += "none in ";
  for (std::size_t i = 0; i < off.size(); ++i)
    text += (i == 0 ? "" : i + 1 == off.size() ? " or " : ", ") + month_name(off[i]);
  return text;
}

}  // namespace agendad::planner
