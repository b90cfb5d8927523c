#pragma once
// Settings that belong to the council rather than to one committee.
#include <optional>
#include <string>
#include <vector>

#include "planner/model/date.hpp"
#include "planner/model/item.hpp"
#include "planner/model/source_location.hpp"

namespace agendad::planner {

struct Notices {
  std::string webcast;      // "This meeting will be webcast live ..."
  std::string recording;    // "Rotherham Council advocates openness ..."
  std::string webcast_url;  // the public webcast portal
  friend bool operator==(const Notices&, const Notices&) = default;
};

struct Question {
  std::string key;
  std::string text;
  friend bool operator==(const Question&, const Question&) = default;
};

struct TopicScale {
  int min = 0;
  int max = 0;
  int threshold = 0;  // shortlisted at this total or above
  friend bool operator==(const TopicScale&, const TopicScale&) = default;
};

// The longlisting principles and TOPIC criteria, with the wording the council endorsed.
struct SelectionCriteria {
  std::string endorsed_by;  // OSMB
  std::optional<Date> endorsed_on;
  std::vector<std::string> starting_point;
  std::vector<Question> longlisting;  // keys: adds_value, looked_at_elsewhere, priority
  std::vector<Question> topic;        // keys: time, others, performance, interest, contribution
  std::optional<TopicScale> scale;
  friend bool operator==(const SelectionCriteria&, const SelectionCriteria&) = default;
};

struct Closure {
  Date from;
  Date to;  // inclusive
  std::string reason;
  SourceLocation where;
  friend bool operator==(const Closure&, const Closure&) = default;
};

// A window (a pre-election period, say) in which items of the listed kinds are not placed.
struct Blackout {
  Date from;
  Date to;  // inclusive
  std::string reason;
  std::vector<ItemKind> kinds;  // empty: every kind
  SourceLocation where;
  friend bool operator==(const Blackout&, const Blackout&) = default;
};

// The keys a committee's items are ranked on, in the order the council applies them: the first
// that tells two items apart decides. Keys a council leaves out follow in the default order, so
// the committee's agreed order (the order of the work programme) always settles a tie.
enum class PriorityKey { deadline, merit, age, agreed };

inline std::vector<PriorityKey> default_priority() {
  return {PriorityKey::deadline, PriorityKey::merit, PriorityKey::age, PriorityKey::agreed};
}

// Whose bank holidays close council offices: computed by rule (planner/rules/bank_holidays.hpp).
enum class BankHolidays { england_and_wales, none };

struct PlanningRules {
  int publication_clear_days = 5;  // Local Government Act 1972, s.100B
  std::optional<int> report_deadline_working_days;  // before publication
  std::optional<int> capacity_items;    // substantive items a meeting can take
  std::optional<int> capacity_minutes;
  std::vector<Closure> closures;
  std::vector<Blackout> blackouts;
  BankHolidays bank_holidays = BankHolidays::england_and_wales;
  std::optional<NamedFile> closure_days;  // iCalendar: every day an event covers is closed
  std::vector<PriorityKey> priority = default_priority();  // every key once
  friend bool operator==(const PlanningRules&, const PlanningRules&) = default;
};

struct CalendarSettings {
  std::string base_url;           // where the daemon is published, for links in feeds
  int refresh_minutes = 360;      // REFRESH-INTERVAL and X-PUBLISHED-TTL
  int default_duration_minutes = 120;  // calendars need an end; papers seldom give one
  friend bool operator==(const CalendarSettings&, const CalendarSettings&) = default;
};

struct Council {
  std::string name;
  std::string chief_executive;  // signs the front sheet
  Notices notices;
  SelectionCriteria selection;
  PlanningRules rules;
  CalendarSettings calendar;
  SourceLocation where;
  friend bool operator==(const Council&, const Council&) = default;
};

}  // namespace agendad::planner
