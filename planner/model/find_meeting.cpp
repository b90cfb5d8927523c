#include "planner/model/find_meeting.hpp"

#include <string>

namespace agendad::planner {

Result<const Meeting*> find_meeting(const Programme& programme, std::string_view committee, Date date) {
  auto fail = [](std::string message, std::string found, std::string expected) {
    Diagnostic diagnostic;
    diagnostic.message = std::move(message);
    diagnostic.found = std::move(found);
    diagnostic.expected = std::move(expected);
    return tl::unexpected(Diagnostics{std::move(diagnostic)});
  };
  if (!programme.committee(committee)) {
    std::string known;
    for (const Committee& c : programme.committees) known += (known.empty() ? "" : ", ") + c.id;
    return fail("no committee with this id", std::string(committee), "one of: " + known);
  }
  const Meeting* found = nullptr;
  std::string dates;
  for (const Meeting* meeting : programme.meetings_of(committee)) {
    dates += (dates.empty() ? "" : ", ") + iso(meeting->date);
    if (meeting->date == date && (!found || (!is_formal(*found) && is_formal(*meeting)))) found = meeting;
  }
  if (!found)
    return fail("the committee has no meeting on this date", iso(date),
                dates.empty() ? "a date the committee meets on (it has none)" : "one of: " + dates);
  return found;
}

}  // namespace agendad::planner
