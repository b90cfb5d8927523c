#include <algorithm>

#include "planner/load/sections.hpp"

namespace agendad::load {
namespace {

template <typename T>
std::string known_ids(const std::vector<T>& values) {
  std::string listed;
  for (const T& v : values) listed += (listed.empty() ? "" : ", ") + v.id;
  return listed;
}

template <typename T>
std::vector<std::string_view> ids_of(const std::vector<T>& values) {
  std::vector<std::string_view> ids;
  for (const T& v : values) ids.push_back(v.id);
  return ids;
}

std::string unknown_message(std::string_view what, const std::string& id, std::vector<std::string_view> candidates) {
  std::string message = "names no " + std::string(what) + " in the configuration";
  if (auto near = nearest(id, candidates)) message += "; did you mean `" + *near + "`?";
  return message;
}

}  // namespace

std::string entry_path(const std::string& list_path, std::size_t index, const YAML::Node& entry) {
  if (entry.IsMap()) {
    // Reading the field without operator[] keeps a const node const (yaml-cpp would add the key).
    for (const auto& field : entry) {
      if (!field.first.IsScalar() || field.first.Scalar() != "id" || !field.second.IsScalar()) continue;
      const std::string& id = field.second.Scalar();
      bool plain = !id.empty() && id.size() <= 100 && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
      });
      if (plain) return list_path + "." + id;
    }
  }
  return list_path + "[" + std::to_string(index) + "]";
}

void expect_venue(const Source& source, const YAML::Node& node, const std::string& field, const std::string& id) {
  SourceLocation where = source.at(node);
  const Run* run = &source.run();
  source.run().later.push_back([where, field, id, run](const Programme& programme, Diagnostics& out) {
    if (programme.venue(id) || run->refused_ids.count(id)) return;
    out.push_back(make_diagnostic(Severity::error, where, field, unknown_message("venue", id, ids_of(programme.venues)),
                                  id, "the id of a venue under `venues`: " + known_ids(programme.venues)));
  });
}

void expect_body(const Source& source, const YAML::Node& node, const std::string& field, const std::string& id) {
  SourceLocation where = source.at(node);
  const Run* run = &source.run();
  source.run().later.push_back([where, field, id, run](const Programme& programme, Diagnostics& out) {
    if (programme.committee(id) || programme.body(id) || run->refused_ids.count(id)) return;
    std::vector<std::string_view> candidates = ids_of(programme.committees);
    auto bodies = ids_of(programme.bodies);
    candidates.insert(candidates.end(), bodies.begin(), bodies.end());
    std::string listed = known_ids(programme.committees);
    if (!programme.bodies.empty()) listed += (listed.empty() ? "" : ", ") + known_ids(programme.bodies);
    out.push_back(make_diagnostic(Severity::error, where, field,
                                  unknown_message("committee or other body", id, candidates), id,
                                  "the id of a committee or of a body under `bodies`: " + listed));
  });
}

void expect_meeting(const Source& source, const YAML::Node& node, const std::string& field,
                    const std::string& committee, std::string_view booking) {
  SourceLocation where = source.at(node);
  std::string id = node.Scalar();
  const Run* run = &source.run();
  source.run().later.push_back([where, field, committee, id, run, booking = std::string(booking)](
                                   const Programme& programme, Diagnostics& out) {
    const Meeting* meeting = programme.meeting(id);
    if (!meeting && run->refused_ids.count(id)) return;
    if (!meeting) {
      std::vector<std::string_view> ids;
      std::string listed;
      for (const Meeting* m : programme.meetings_of(committee)) {
        ids.push_back(m->id);
        listed += (listed.empty() ? "" : ", ") + m->id;
      }
      out.push_back(make_diagnostic(Severity::error, where, field, unknown_message("meeting", id, ids), id,
                                    "one of the committee's meetings: " + listed));
      return;
    }
    if (meeting->committee != committee && meeting->joint_with != committee)
      out.push_back(make_diagnostic(
          Severity::error, where, field, "is a meeting of " + programme.body_name(meeting->committee) + ", not of this committee",
          id, "a meeting of " + programme.body_name(committee) + " or one held jointly with it"));
    if (!booking.empty() && meeting->status == MeetingStatus::cancelled)
      out.push_back(make_diagnostic(Severity::error, where, field,
                                    "is " + booking + " a meeting that is cancelled; rebook it or mark it awaiting_date",
                                    id + " (cancelled)", "a meeting that is going ahead"));
  });
}

void expect_minute_of(const Source& source, const YAML::Node& node, const std::string& field,
                      const std::string& meeting_id, int minute) {
  SourceLocation where = source.at(node);
  source.run().later.push_back([where, field, meeting_id, minute](const Programme& programme, Diagnostics& out) {
    const Meeting* meeting = programme.meeting(meeting_id);
    if (!meeting || !meeting->first_minute || !meeting->last_minute) return;
    if (minute >= *meeting->first_minute && minute <= *meeting->last_minute) return;
    out.push_back(make_diagnostic(Severity::error, where, field,
                                  "is not among the minutes of " + meeting_id, std::to_string(minute),
                                  "a minute from " + std::to_string(*meeting->first_minute) + " to " +
                                      std::to_string(*meeting->last_minute)));
  });
}

}  // namespace agendad::load
