#include <array>

#include "planner/load/entries.hpp"
#include "planner/load/sections.hpp"

namespace agendad::planner::load {

using namespace std::literals;

void read_action(const Source& source, const YAML::Node& node, const std::string& path, const Committee& committee,
                 Programme& programme) {
  static constexpr std::array known{"id"sv,  "owed"sv,    "owed_to"sv, "owed_by"sv,
                                    "due"sv, "meeting"sv, "minute"sv,  "done"sv};
  const EntryShape shape{known, "an id such as statistical-neighbours", {"owed", "what is owed, as the minutes say"}};
  read_owned(source, node, path, shape, committee, programme.actions, [&](const Fields& fields, Action& action) {
    action.owed = fields.text_or_empty("owed");
    action.owed_to = fields.text_or_empty("owed_to");
    action.owed_by = fields.text_or_empty("owed_by");
    action.due = fields.date("due");
    if (auto meeting = fields.id("meeting")) {
      action.meeting = *meeting;
      expect_meeting(source, *fields.value("meeting"), fields.path("meeting"), committee.id, "");
    }
    action.minute = fields.integer("minute", 1, 1000000);
    if (action.minute && !action.meeting.empty())
      expect_minute_of(source, *fields.value("minute"), fields.path("minute"), action.meeting, *action.minute);
    action.done = fields.flag("done").value_or(false);
    return !action.owed.empty();
  });
}

}  // namespace agendad::planner::load
