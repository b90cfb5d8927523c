#pragma once
// Reading agendad's feeds back the way a client does: with libical, converting times through the
// VTIMEZONE the feed itself carries.
#include <ctime>
#include <optional>
#include <string>
#include <vector>

#include "planner/sources/libical_ptr.hpp"
#include "planner/model/programme.hpp"

namespace agendad::ical::testing {

struct ParsedEvent {
  std::string kind;  // VEVENT or VTODO
  std::string uid, summary, location, description, url, status;
  int sequence = -1;
  std::time_t start = 0, end = 0;  // UTC instants; for all-day events midnight UTC of the dates
  bool all_day = false;
  std::string start_tzid;
  std::string dtstamp;
  std::string due;  // VTODO: YYYYMMDD
};

struct ParsedFeed {
  int vtimezones = 0;
  std::string name;
  std::vector<ParsedEvent> events;
};

ParsedFeed parse_feed(const std::string& bytes);

// Every physical line: CRLF-terminated, at most 75 octets, valid UTF-8 on its own; no BOM.
std::vector<std::string> byte_problems(const std::string& bytes);

// The text with folding undone, to search for words a fold may have split.
std::string unfolded(const std::string& bytes);

std::time_t utc(int y, unsigned m, unsigned d, int hour, int minute);
planner::Date ymd(int y, unsigned m, unsigned d);

// A one-committee programme with the ILSC's shape, for tests that change it.
planner::Programme small_programme();
planner::Meeting meeting_at(const std::string& id, planner::Date date, std::optional<planner::WallTime> start);

}  // namespace agendad::ical::testing
