#pragma once
// Indexes of a programme by id, built once for the checks that run after every file is read, so
// that a large hostile file costs time in proportion to its size and not to its square.
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "planner/model/programme.hpp"

namespace agendad::planner::load {

class Lookup {
 public:
  // `refused`: ids of entries refused for their own errors, so references to them are not reported again.
  Lookup(const Programme& programme, const std::set<std::string>& refused);
  const Programme& programme() const { return programme_; }
  bool refused(const std::string& id) const { return refused_.count(id) > 0; }
  const Meeting* meeting(std::string_view id) const { return find(meetings_, id); }
  const Venue* venue(std::string_view id) const { return find(venues_, id); }
  bool is_body(std::string_view id) const { return find(bodies_, id) || find(committees_, id); }
  // The name of a committee or other body, for messages; the id itself when unknown.
  std::string name_of(std::string_view id) const;
  // The committee's meetings and those held jointly with it, in configuration order.
  const std::vector<const Meeting*>& meetings_of(std::string_view committee) const;

 private:
  template <typename T>
  static const T* find(const std::unordered_map<std::string_view, const T*>& index, std::string_view id) {
    auto found = index.find(id);
    return found == index.end() ? nullptr : found->second;
  }

  const Programme& programme_;
  const std::set<std::string>& refused_;
  std::unordered_map<std::string_view, const Meeting*> meetings_;
  std::unordered_map<std::string_view, const Venue*> venues_;
  std::unordered_map<std::string_view, const Body*> bodies_;
  std::unordered_map<std::string_view, const Committee*> committees_;
  std::unordered_map<std::string_view, std::vector<const Meeting*>> by_committee_;
};

}  // namespace agendad::planner::load
