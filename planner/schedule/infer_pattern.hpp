#pragma once
// A committee with no `pattern:` still has a rhythm: the meetings of its last municipal year. This
// reads a pattern off them (the weekday, start and venue most of them share, how many there were,
// the months a longer gap than usual stepped over), so that `schedule --year` can propose the next
// year's dates from it, and says what it read and from which meetings, or why it could not.
// Pure: the meetings come in as values.
#include <string>
#include <string_view>
#include <tl/expected.hpp>
#include <vector>

#include "planner/model/committee.hpp"
#include "planner/model/meeting.hpp"
#include "planner/schedule/municipal_year.hpp"

namespace agendad::planner {

// Below this, a year's meetings show no rhythm worth proposing a year from.
inline constexpr int fewest_meetings_to_infer_from = 3;

struct InferredPattern {
  MeetingPattern pattern;  // weekdays (one), start, venue, meetings_per_year, months_without_meetings
  std::string year;        // the municipal year it was read from: 2024/25
  std::vector<Date> from;  // the meetings it was read from, in date order
  int on_weekday = 0;      // how many of them met on the weekday inferred
  int at_start = 0;        // at the start inferred
  int at_venue = 0;        // at the venue inferred
  int usual_gap_days = 0;  // the middle gap between one meeting and the next
};

// Infers the pattern of `committee` from its meetings (among `meetings`) in `previous`. The meetings
// counted are its formal ones that were not cancelled, extraordinary (called for particular
// business) or proposed by the planner. A meeting with no start or venue of its own counts at the
// committee's. The weekday is the one more than half of them fell on; the start and venue the most
// common (between equals, the latest meeting's); a month is one without meetings when none fell in
// it and the gap across it (the year read round, April to May) is longer than the middle gap.
// The reason, in words, when there are too few meetings, no weekday most of them share, or no
// start or venue known.
tl::expected<InferredPattern, std::string> infer_pattern(const Committee& committee,
                                                         const std::vector<Meeting>& meetings,
                                                         const MunicipalYear& previous);

// "inferred from the 8 meetings of 2024/25 (18 June 2024, ...): Tuesdays (all 8), at 10.00 a.m.
// (all 8), in Rotherham Town Hall (all 8), 8 meetings a year (usually 6 weeks apart), none in May
// or August"
std::string describe(const InferredPattern& inferred, std::string_view venue_name);

}  // namespace agendad::planner
