#pragma once
// Whether a committee's pages can differ between two planned programmes (two loads of one
// configuration), so that a reload makes again only the pages of the committees an edit touched.
//
// A committee's pages read the council's part (its settings, venues, bodies and committees) and
// the committee's part: its meetings and those joint with it, the items of those (its own, those
// booked on or deferred from its meetings, those joint with it) and every meeting they name, the
// actions owed to it or resolved at its meetings, and the plan's parts for every committee whose
// meeting is in its part (a joint meeting's agenda lists both committees' proposals). Two programmes whose
// parts are equal value for value give the committee the same pages; indexes and pointers in the
// plan are compared by what they name, since they differ from load to load.
#include <cstddef>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "planner/rules/plan.hpp"

namespace agendad::planner {

// Where each committee's part is in one programme: positions in its meetings, items and actions.
class CommitteeParts {
 public:
  explicit CommitteeParts(const Programme& programme);

  struct Part {
    std::vector<std::size_t> meetings, items, actions;  // ascending
  };
  // Empty for a committee the programme does not have.
  const Part& of(std::string_view committee) const;

 private:
  std::unordered_map<std::string_view, Part> parts_;
};

// The council's part is the same in both.
bool same_council_part(const PlannedProgramme& a, const PlannedProgramme& b);

// The committee's part is the same in both (its council's part compared apart).
bool same_committee_part(const PlannedProgramme& a, const CommitteeParts& parts_of_a, const PlannedProgramme& b,
                         const CommitteeParts& parts_of_b, std::string_view committee);

}  // namespace agendad::planner
