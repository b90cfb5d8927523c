#pragma once
// What every renderer is told besides the programme: where the site lives and who is reading.
#include <string>

#include "feeds/urls/formats.hpp"

namespace agendad::pages {

struct PageOptions {
  std::string base_url;  // "https://agendad.example.org": for absolute links (subscribe links)
  bool members = false;  // the members' version shows exempt titles and detail; public never does
};

}  // namespace agendad::pages
