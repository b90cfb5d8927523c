#include "planner/model/venue.hpp"

namespace agendad::planner {

std::string name_and_address(const Venue& venue) {
  return venue.address.empty() ? venue.name : venue.name + ", " + venue.address;
}

}  // namespace agendad::planner
