#pragma once
// What the changes feed compares from one load to the next: the facts a subscriber would call a
// change (a meeting's date, time and status, each agenda's business, where the items awaiting a
// date stand, the critical flags), and nothing else, so that a reload that alters only wording
// elsewhere says nothing. Pure values, kept in the state directory between loads.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "planner/model/date.hpp"
#include "planner/model/programme.hpp"
#include "planner/model/wall_time.hpp"
#include "planner/rules/plan.hpp"

namespace agendad::changes {

// An item as one page shows it: the public title, and the members' where it differs (exempt).
struct Titled {
  std::string title;
  std::string members_title;  // empty: the same as title
  const std::string& for_reader(bool members) const { return members && !members_title.empty() ? members_title : title; }
  bool operator==(const Titled&) const = default;
};

struct Business {
  std::string item;  // id
  Titled name;
  std::optional<int> pages;
  bool operator==(const Business&) const = default;
};

struct MeetingFacts {
  std::string committee;
  planner::Date date;
  std::optional<planner::WallTime> start;
  bool cancelled = false;
  bool proposed = false;  // by the planner (an extraordinary meeting)
  std::string kind;       // meeting, workshop, extraordinary meeting, joint meeting
  std::vector<Business> business;  // in configuration order
  bool operator==(const MeetingFacts&) const = default;
};

struct ItemFacts {
  std::string committee;
  Titled name;
  std::string status;   // awaiting_date, deferred, booked, taken, ...
  std::string meeting;  // booked on, taken at, deferred from
  bool operator==(const ItemFacts&) const = default;
};

struct FlagFacts {
  std::string committee;
  std::string message;  // public titles only, as the planner words every flag
  std::string meeting;  // the meeting it concerns, for the link; empty for an item or action
  bool operator==(const FlagFacts&) const = default;
};

struct Facts {
  std::map<std::string, MeetingFacts> meetings;  // by id
  std::map<std::string, ItemFacts> items;        // by id
  std::map<std::string, FlagFacts> critical;     // by kind/link: "deadline_at_risk/kinship-local-offer"
  bool operator==(const Facts&) const = default;
};

// The facts of the programme as the papers stood on plan.as_of, with the planner's critical flags.
Facts facts_of(const planner::Programme& programme, const planner::Plan& plan);

// The same of the public's programme (planner/rules/public_view.hpp) and its plan, with the
// members' titles of its exempt items from `full`, the programme it was made from, item for item:
// the log keeps only public ids and wording, and a members' title beside each public one.
Facts facts_of(const planner::Programme& programme, const planner::Programme& full, const planner::Plan& plan);

}  // namespace agendad::changes
