#pragma once
// Everything one configuration directory describes: the council, its committees, their meetings,
// the work-programme items and the actions owed. Pure values; lookups by id, answered from an
// index the programme builds on its first lookup (planner/model/programme_index.hpp).
#include <string_view>
#include <vector>

#include "planner/model/action.hpp"
#include "planner/model/committee.hpp"
#include "planner/model/council.hpp"
#include "planner/model/item.hpp"
#include "planner/model/meeting.hpp"
#include "planner/model/programme_index.hpp"
#include "planner/model/venue.hpp"

namespace agendad::planner {

struct Programme {
  Council council;
  std::vector<Venue> venues;
  std::vector<Body> bodies;
  std::vector<Committee> committees;
  std::vector<Meeting> meetings;  // sorted by date, then start, then id
  std::vector<Item> items;
  std::vector<Action> actions;

  const Committee* committee(std::string_view id) const;
  const Venue* venue(std::string_view id) const;
  const Body* body(std::string_view id) const;
  const Meeting* meeting(std::string_view id) const;
  const Item* item(std::string_view id) const;
  // The name of a committee or other body, for messages; the id itself when unknown.
  std::string body_name(std::string_view id) const;

  std::vector<const Meeting*> meetings_of(std::string_view committee) const;
  std::vector<const Item*> items_of(std::string_view committee) const;
  std::vector<const Action*> actions_of(std::string_view committee) const;  // owed to it
  // Items whose current state is booked on or taken at the meeting, in configuration order.
  std::vector<const Item*> items_on(std::string_view meeting) const;

  // The lookups' index: see IndexCache for when it is built again.
  IndexCache lookups;
};

}  // namespace agendad::planner
