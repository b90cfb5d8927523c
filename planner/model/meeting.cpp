#include "planner/model/meeting.hpp"

namespace agendad {

std::string to_string(MeetingKind kind) {
  switch (kind) {
    case MeetingKind::ordinary: return "ordinary";
    case MeetingKind::extraordinary: return "extraordinary";
    case MeetingKind::workshop: return "workshop";
    case MeetingKind::joint: return "joint";
  }
  return "ordinary";
}

std::string to_string(MeetingStatus status) {
  switch (status) {
    case MeetingStatus::scheduled: return "scheduled";
    case MeetingStatus::cancelled: return "cancelled";
    case MeetingStatus::moved: return "moved";
  }
  return "scheduled";
}

bool is_formal(const Meeting& meeting) { return meeting.kind != MeetingKind::workshop; }

}  // namespace agendad
