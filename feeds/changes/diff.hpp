#pragma once
// The changes between two loads' facts, as a person would tell them: "Meeting of 29 October 2024
// moved to 5 November 2024". Pure: no clock; the change log stamps each with when it was seen.
#include <string>
#include <vector>

#include "feeds/changes/facts.hpp"

namespace agendad::changes {

// Text for the public and, where an exempt item's full title is involved, for members.
struct Wording {
  std::string title;
  std::string summary;  // before and after
  bool operator==(const Wording&) const = default;
};

struct Change {
  std::string committee;
  std::string object;  // what changed, for its permanent id: "meeting/ilsc-2024-10-29"
  std::string path;    // the site path of its page: "/agendas/ilsc/2024-11-05.html"
  Wording wording;          // public
  Wording members_wording;  // members'; equal to `wording` when nothing exempt is named
  bool operator==(const Change&) const = default;
};

// In a fixed order: meetings by id, then items by id, then flags by key.
std::vector<Change> diff(const Facts& before, const Facts& after);

}  // namespace agendad::changes
