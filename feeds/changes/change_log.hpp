#pragma once
// The changes agendad has seen, each stamped with the load that first saw it, and the facts of the
// last load to compare the next one with. The daemon keeps it in its state directory beside the
// calendars' SEQUENCE state, so that entries, their ids and their times survive restarts and are
// the same on every replica that reads the same state. Pure: the caller passes the time.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "feeds/changes/diff.hpp"

namespace agendad::changes {

using Seconds = std::chrono::sys_seconds;

struct Entry {
  std::int64_t serial = 0;  // unique in the log, rising: part of the entry's permanent id
  Seconds seen{};           // the load that first saw the change: the entry's <updated>
  Change change;
  bool operator==(const Entry&) const = default;
};

struct ChangeLog {
  Seconds started{};             // the first load: the feed's <updated> before any change
  std::optional<Facts> facts;    // the last load's; absent before the first
  std::int64_t next_serial = 1;
  std::vector<Entry> entries;    // oldest first
  bool operator==(const ChangeLog&) const = default;
};

// How much the log keeps: the last `keep_entries`, or all of the last `keep_days`, whichever is more.
inline constexpr std::size_t keep_entries = 100;
inline constexpr int keep_days = 365;

// The log after a load with `facts` at `now`. The first load only records the facts: everything
// would otherwise be "added", which says nothing to a subscriber.
ChangeLog advance(const ChangeLog& previous, const Facts& facts, Seconds now);

// The state file's text (JSON), and back; nullopt for anything malformed.
std::string serialise(const ChangeLog& log);
std::optional<ChangeLog> parse_change_log(std::string_view text);

}  // namespace agendad::changes
