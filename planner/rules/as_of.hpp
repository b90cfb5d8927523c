#pragma once
// The programme as the papers stood on a date: each item's state then, and what was booked where.
#include <cstddef>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "planner/model/programme.hpp"

namespace agendad::planner {

struct ProgrammeAsOf {
  Date as_of;
  std::vector<std::optional<ItemState>> states;  // parallel to Programme::items; nullopt: not yet known
  std::unordered_map<std::string_view, const Meeting*> meetings;        // by id
  std::unordered_map<std::string_view, std::vector<std::size_t>> booked;  // meeting id -> items booked or taken there
};

// Built once per plan: Programme's own lookups are linear, which a large programme cannot afford.
ProgrammeAsOf programme_as_of(const Programme& programme, Date as_of);

// Items that take a place in the business of a meeting: verbal updates and workshop sessions do
// not (the 2024/25 work programme lists neither among a meeting's items).
bool is_substantive(const Item& item);

// States in which the committee has put the item on its work programme.
bool on_programme(ItemStatus status);

}  // namespace agendad::planner
