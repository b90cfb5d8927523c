#pragma once
// Everything a build's pages and feeds are a function of, besides the code: the configuration's
// files as read, the calendars and papers they name, the as-of date, where links point, whether
// members have pages, and the feeds' state (SEQUENCE numbers, the change log). The programme and
// both plans are functions of the first three and the date, so a load whose RenderedFrom equals
// the last successful build's would render every body as that build did: the builder serves that
// build's resources again and renders nothing (a SIGHUP, or an editor saving a file unchanged).
#include <string>
#include <vector>

#include "daemon/http/digest.hpp"
#include "feeds/changes/change_log.hpp"
#include "feeds/ical/sequence_state.hpp"
#include "planner/load/load_programme.hpp"
#include "planner/rules/planning_calendar.hpp"
#include "planner/sources/papers.hpp"

namespace agendad::site {

struct RenderedFrom {
  // Compared by identity: a reading is kept from one load to the next only while its file's path
  // and text are unchanged (planner/load/file_reading.hpp), so the same readings are the same files.
  planner::FileReadings readings;
  planner::PlanningCalendar calendar;
  planner::sources::PaperFiles papers;
  planner::Date as_of;
  std::string base_url;
  std::vector<http::Digest> member_tokens;
  ical::SequenceState sequence_state;
  changes::ChangeLog change_log;

  friend bool operator==(const RenderedFrom&, const RenderedFrom&) = default;
};

}  // namespace agendad::site
