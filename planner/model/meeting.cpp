#include "planner/model/meeting.hpp"

#include <array>

namespace agendad::planner {

namespace {

constexpr std::array<Named<MeetingKind>, 4> meeting_kinds{{{"ordinary", MeetingKind::ordinary},
                                                           {"extraordinary", MeetingKind::extraordinary},
                                                           {"workshop", MeetingKind::workshop},
                                                           {"joint", MeetingKind::joint}}};

constexpr std::array<Named<MeetingStatus>, 3> meeting_statuses{{{"scheduled", MeetingStatus::scheduled},
                                                                {"cancelled", MeetingStatus::cancelled},
                                                                {"moved", MeetingStatus::moved}}};

}  // namespace

std::span<const Named<MeetingKind>> meeting_kind_names() { return meeting_kinds; }
std::span<const Named<MeetingStatus>> meeting_status_names() { return meeting_statuses; }

std::string to_string(MeetingKind kind) { return std::string(words_of(meeting_kind_names(), kind)); }
std::string to_string(MeetingStatus status) { return std::string(words_of(meeting_status_names(), status)); }

bool is_formal(const Meeting& meeting) { return meeting.kind != MeetingKind::workshop; }

}  // namespace agendad::planner
