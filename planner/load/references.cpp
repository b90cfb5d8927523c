#include <algorithm>

#include "planner/load/sections.hpp"

namespace agendad::planner::load {
namespace {

// Enough ids to recognise the right one, not so many that a line runs off the screen.
template <typename Range, typename Id>
std::string some_ids(const Range& values, Id id_of) {
  constexpr std::size_t shown = 10;
  std::string listed;
  std::size_t count = 0;
  for (const auto& v : values) {
    if (count++ == shown) return listed + ", …";
    listed += (listed.empty() ? "" : ", ") + std::string(id_of(v));
  }
  return listed.empty() ? "none yet" : listed;
}

// A suggestion among many thousands of ids is a guess, and costly: only smaller sets are searched.
template <typename Range, typename Id>
std::string unknown_message(std::string_view what, const std::string& id, const Range& values, Id id_of) {
  std::string message = "names no " + std::string(what) + " in the configuration";
  if (values.size() > 1000) return message;
  std::vector<std::string_view> candidates;
  candidates.reserve(values.size());
  for (const auto& v : values) candidates.push_back(id_of(v));
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
      if (plain) return std::string(list_path).append(".").append(id);
    }
  }
  return nth(list_path, index);
}

void expect_venue(const Source& source, const YAML::Node& node, const std::string& field, const std::string& id) {
  SourceLocation where = source.at(node);
  source.run().later.push_back([where, field, id](const Lookup& lookup, Diagnostics& out) {
    if (lookup.venue(id) || lookup.refused(id)) return;
    const auto& venues = lookup.programme().venues;
    auto id_of = [](const Venue& v) -> std::string_view { return v.id; };
    out.push_back(make_diagnostic(Severity::error, where, field, unknown_message("venue", id, venues, id_of), id,
                                  "the id of a venue under `venues`: " + some_ids(venues, id_of)));
  });
}

void expect_body(const Source& source, const YAML::Node& node, const std::string& field, const std::string& id) {
  SourceLocation where = source.at(node);
  source.run().later.push_back([where, field, id](const Lookup& lookup, Diagnostics& out) {
    if (lookup.is_body(id) || lookup.refused(id)) return;
    std::vector<std::string_view> ids;
    for (const Committee& c : lookup.programme().committees) ids.push_back(c.id);
    for (const Body& b : lookup.programme().bodies) ids.push_back(b.id);
    auto same = [](std::string_view v) { return v; };
    out.push_back(make_diagnostic(Severity::error, where, field,
                                  unknown_message("committee or other body", id, ids, same), id,
                                  "the id of a committee or of a body under `bodies`: " + some_ids(ids, same)));
  });
}

void expect_meeting(const Source& source, const YAML::Node& node, const std::string& field,
                    const std::string& committee, std::string_view booking) {
  SourceLocation where = source.at(node);
  const std::string& id = node.Scalar();
  source.run().later.push_back([where, field, committee, id, booking = std::string(booking)](
                                   const Lookup& lookup, Diagnostics& out) {
    const Meeting* meeting = lookup.meeting(id);
    if (!meeting && lookup.refused(id)) return;
    if (!meeting) {
      const auto& own = lookup.meetings_of(committee);
      auto id_of = [](const Meeting* m) -> std::string_view { return m->id; };
      out.push_back(make_diagnostic(Severity::error, where, field, unknown_message("meeting", id, own, id_of), id,
                                    "one of the committee's meetings: " + some_ids(own, id_of)));
      return;
    }
    if (meeting->committee != committee && meeting->joint_with != committee)
      out.push_back(make_diagnostic(
          Severity::error, where, field, "is a meeting of " + lookup.name_of(meeting->committee) + ", not of this committee",
          id, "a meeting of " + lookup.name_of(committee) + " or one held jointly with it"));
    if (!booking.empty() && meeting->status == MeetingStatus::cancelled)
      out.push_back(make_diagnostic(Severity::error, where, field,
                                    "is " + booking + " a meeting that is cancelled; rebook it or mark it awaiting_date",
                                    id + " (cancelled)", "a meeting that is going ahead"));
  });
}

void expect_minute_of(const Source& source, const YAML::Node& node, const std::string& field,
                      const std::string& meeting_id, int minute) {
  SourceLocation where = source.at(node);
  source.run().later.push_back([where, field, meeting_id, minute](const Lookup& lookup, Diagnostics& out) {
    const Meeting* meeting = lookup.meeting(meeting_id);
    if (!meeting || !meeting->first_minute || !meeting->last_minute) return;
    if (minute >= *meeting->first_minute && minute <= *meeting->last_minute) return;
    out.push_back(make_diagnostic(Severity::error, where, field,
                                  "is not among the minutes of " + meeting_id, std::to_string(minute),
                                  "a minute from " + std::to_string(*meeting->first_minute) + " to " +
                                      std::to_string(*meeting->last_minute)));
  });
}

}  // namespace agendad::planner::load
