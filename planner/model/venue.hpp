#pragma once
#include <string>

#include "planner/model/source_location.hpp"

namespace agendad::planner {

struct Venue {
  std::string id;
  std::string name;     // Rotherham Town Hall
  std::string address;  // The Crofts, Moorgate Street, Rotherham. S60 2TH
  SourceLocation where;
  friend bool operator==(const Venue&, const Venue&) = default;
};

std::string name_and_address(const Venue& venue);  // "Rotherham Town Hall, The Crofts, ..."

}  // namespace agendad::planner
