#pragma once
// A work-programme item: a topic the committee means to take, and where it stands.
#include <optional>
#include <string>
#include <vector>

#include "planner/model/date.hpp"
#include "planner/model/named.hpp"
#include "planner/model/source_location.hpp"

namespace agendad::planner {

enum class ItemKind {
  report, presentation, verbal_update, annual_report, scrutiny_review, spotlight_review, workshop
};

enum class ItemStatus {
  proposed, longlisted, shortlisted, booked, awaiting_date, deferred, taken, withdrawn
};

// One state in the item's life. Item::history holds them oldest first; the last is current.
struct ItemState {
  ItemStatus status = ItemStatus::proposed;
  std::optional<Date> since;  // when the papers record it; taken items are taken on the meeting's date
  std::string meeting;        // booked on, taken at, or deferred from
  std::string note;           // the status as the work programme writes it: "Awaiting Date"
  std::string reason;         // why it was deferred or withdrawn
  std::string requested_by;   // who asked for the deferral
  std::optional<int> minute;  // the minute that records it
  SourceLocation where;
  // The council published note, reason and requested_by (a work programme or minutes printed
  // them): only then may public pages show them; an officer's words are private by default.
  bool notes_public = false;
  friend bool operator==(const ItemState&, const ItemState&) = default;
};

// The longlisting questions endorsed by OSMB; absent answers are not yet asked.
struct Longlisting {
  std::optional<bool> adds_value;         // can scrutiny add value or influence?
  std::optional<bool> looked_at_elsewhere;
  std::string elsewhere;                  // by whom: "the Health Select Commission"
  std::optional<bool> priority;           // a council or community priority?
  friend bool operator==(const Longlisting&, const Longlisting&) = default;
};

// TOPIC shortlisting scores, on the scale the configuration sets.
struct TopicScores {
  int time = 0;
  int others = 0;
  int performance = 0;
  int interest = 0;
  int contribution = 0;
  int total() const { return time + others + performance + interest + contribution; }
  friend bool operator==(const TopicScores&, const TopicScores&) = default;
};

// "Due before" either a date or another body's meeting (Cabinet in July 2025).
struct DueBefore {
  std::optional<Date> date;
  std::string body;
  std::optional<std::chrono::year_month> body_month;
  std::optional<Date> body_date;
  std::string why;  // from the resolution: "in advance of being presented to Cabinet"
  friend bool operator==(const DueBefore&, const DueBefore&) = default;
};

// When the item's paper will exist, as a paper says ("would produce ... by May 2025"): it cannot
// come to a meeting before then.
struct AvailableBy {
  std::optional<Date> date;                       // exists by this day
  std::optional<std::chrono::year_month> month;   // exists by the end of this month
  std::string source;                             // the words and the paper that say so
  bool estimate = false;                          // the paper gives it as an estimate
  friend bool operator==(const AvailableBy&, const AvailableBy&) = default;
};

struct Constraints {
  std::optional<Date> not_before;
  std::optional<AvailableBy> available_by;
  std::optional<DueBefore> due_before;
  std::string joint_with;  // a committee or body the item is taken jointly with
  // "Possible Joint with IPSC": at a joint meeting with it, or at one of the item's own committee.
  bool joint_optional = false;
  friend bool operator==(const Constraints&, const Constraints&) = default;
};

// Only a joint meeting with `joint_with` will do.
inline bool needs_joint_meeting(const Constraints& constraints) {
  return !constraints.joint_with.empty() && !constraints.joint_optional;
}

// Exempt information under the Local Government Act 1972, Schedule 12A.
struct Exemption {
  int paragraph = 0;  // 1 to 7
  std::string public_title;
  friend bool operator==(const Exemption&, const Exemption&) = default;
};

struct Item {
  std::string id;
  std::string committee;
  std::string title;                  // as the agenda words it
  std::string work_programme_title;   // where the work programme words it otherwise
  std::string description;            // the purpose, as the agenda describes it
  std::vector<std::string> includes;  // sub-items the work programme lists under it
  std::optional<ItemKind> kind;
  std::string lead_service;
  std::string lead_officer;
  std::string cabinet_member;
  std::vector<ItemState> history;
  Longlisting longlisting;
  std::optional<TopicScores> topic;
  Constraints constraints;
  std::optional<Exemption> exempt;
  std::optional<int> pages;        // of its report in the agenda pack; from its papers when they are named
  std::vector<NamedFile> papers;   // its report and appendices, in order, as PDF files
  bool report_received = false;
  std::optional<Date> known_from;  // the date of the earliest paper that records it
  std::optional<Date> waiting_since;  // the first paper to show it awaiting a date, where no state's since does
  SourceLocation where;

  const ItemState& current() const { return history.back(); }
  friend bool operator==(const Item&, const Item&) = default;
};

// The configuration's words for each kind and status (named.hpp); to_string gives a sentence's.
std::span<const Named<ItemKind>> item_kind_names();
std::span<const Named<ItemStatus>> item_status_names();
std::string to_string(ItemKind kind);
std::string to_string(ItemStatus status);
// The title any public page or feed may show: the public title of an exempt item.
const std::string& public_title(const Item& item);
// The state of the item as the papers stood on a date; nullopt before the item was known.
std::optional<ItemState> state_as_of(const Item& item, Date as_of, Date meeting_date_of_current);

}  // namespace agendad::planner
