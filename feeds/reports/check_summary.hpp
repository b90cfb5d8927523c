#pragma once
// The counts `agendad check` summarises a committee by, shared by its text and its JSON so that
// both count alike: in the order each enumeration lists its values, so a summary reads the same
// every time.
#include <algorithm>
#include <array>
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "planner/model/programme.hpp"

namespace agendad::reports {

struct CommitteeSummary {
  const planner::Committee* committee;
  std::vector<const planner::Meeting*> meetings;
  std::vector<const planner::Item*> items;
  std::size_t actions_owed = 0;
};

CommitteeSummary summarise(const planner::Programme& programme, const planner::Committee& committee);

// "1 venue", "3 other bodies".
std::string plural(std::size_t count, const std::string& one, const std::string& many);

inline constexpr std::array item_statuses{planner::ItemStatus::proposed,      planner::ItemStatus::longlisted,
                                          planner::ItemStatus::shortlisted,   planner::ItemStatus::booked,
                                          planner::ItemStatus::awaiting_date, planner::ItemStatus::deferred,
                                          planner::ItemStatus::taken,         planner::ItemStatus::withdrawn};
inline constexpr std::array meeting_statuses{planner::MeetingStatus::scheduled, planner::MeetingStatus::cancelled,
                                             planner::MeetingStatus::moved};
inline constexpr std::array meeting_kinds{planner::MeetingKind::ordinary, planner::MeetingKind::extraordinary,
                                          planner::MeetingKind::workshop, planner::MeetingKind::joint};

// How many of `values` (pointers) have each value of `order` by `of`, leaving out those none has.
template <typename E, std::size_t N, typename Values, typename Of>
std::vector<std::pair<E, std::size_t>> counts(const Values& values, Of of, const std::array<E, N>& order) {
  std::vector<std::pair<E, std::size_t>> found;
  for (E e : order) {
    auto n = static_cast<std::size_t>(std::count_if(values.begin(), values.end(), [&](auto* v) { return of(*v) == e; }));
    if (n > 0) found.emplace_back(e, n);
  }
  return found;
}

// What the summaries count by.
inline constexpr auto kind_of_meeting = [](const planner::Meeting& meeting) { return meeting.kind; };
inline constexpr auto status_of_meeting = [](const planner::Meeting& meeting) { return meeting.status; };
inline constexpr auto status_of_item = [](const planner::Item& item) { return item.current().status; };

}  // namespace agendad::reports
