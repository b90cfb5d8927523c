#pragma once
// The readers of each part of the configuration. Each appends what it reads to the programme and
// reports through the Source; checks across files are queued on the Run.
#include <string>

#include <yaml-cpp/yaml.h>

#include "planner/load/reader.hpp"
#include "planner/model/programme.hpp"

namespace agendad::planner::load {

// council: the council's settings; `seen` is where an earlier file gave them, if one did.
void read_council(const Source& source, const YAML::Node& node, Council& council);
void read_venues(const Source& source, const YAML::Node& node, Programme& programme);
void read_bodies(const Source& source, const YAML::Node& node, Programme& programme);
void read_committees(const Source& source, const YAML::Node& node, Programme& programme);

// One entry of `members:` (or a joiner of `membership_changes:`): a name, or {name, full_name, role}.
// The name is empty when the entry is unfit, after reporting.
Member read_member(const Source& source, const YAML::Node& entry, const std::string& path);
// `membership_changes:`, checked against the membership as it stands on each change's date.
void read_membership_changes(const Fields& fields, Committee& committee);
// `attendance:` of a meeting on `date`, checked against the committee's membership on that date.
void read_attendance(const Fields& fields, const Committee& committee, std::optional<Date> date, Meeting& meeting);

void read_meeting(const Source& source, const YAML::Node& node, const std::string& path, const Committee& committee,
                  Programme& programme);
void read_item(const Source& source, const YAML::Node& node, const std::string& path, const Committee& committee,
               Programme& programme);
void read_action(const Source& source, const YAML::Node& node, const std::string& path,
                 const Committee& committee, Programme& programme);

// `papers:`: one PDF path or a list of them, resolved against the file that names them.
std::vector<NamedFile> read_papers(const Source& source, const YAML::Node& node, const std::string& field);

// "meetings[3]" or, once the entry's id can be read, "meetings.ilsc-2024-09-17".
std::string entry_path(const std::string& list_path, std::size_t index, const YAML::Node& entry);

// Queues a check that `id`, named at `node`, is a venue.
void expect_venue(const Source& source, const YAML::Node& node, const std::string& field, const std::string& id);
// Queues a check that `id` is a committee or another body.
void expect_body(const Source& source, const YAML::Node& node, const std::string& field, const std::string& id);

// Queues a check that `id` is a meeting of `committee` (or held jointly with it) and, when `booking`
// says how the item stands on it ("booked on", "taken at"), that the meeting is not cancelled.
void expect_meeting(const Source& source, const YAML::Node& node, const std::string& field,
                    const std::string& committee, std::string_view booking);

// Queues a check that `minute` is among the minutes of the meeting, where the meeting gives their range.
void expect_minute_of(const Source& source, const YAML::Node& node, const std::string& field,
                      const std::string& meeting_id, int minute);

}  // namespace agendad::planner::load
