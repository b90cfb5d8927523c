// The flags as JSON, in the planner's order (most urgent first); dates ISO 8601.
#include <nlohmann/json.hpp>

#include "feeds/pages/flags_page.hpp"

namespace agendad::pages {

using planner::iso;

std::string flags_json(const FlagsView& view) {
  using json = nlohmann::ordered_json;
  json committees = json::array();
  for (const CommitteeFlags& committee : view.committees) {
    json flags = json::array();
    for (const FlagLine& flag : committee.flags) {
      json link = {{"kind", flag.link_kind}, {"url", flag.link}};
      if (!flag.link_id.empty()) link["id"] = flag.link_id;
      flags.push_back({{"severity", flag.severity},
                       {"kind", flag.kind},
                       {"message", flag.message},
                       {"when", flag.when ? json(iso(*flag.when)) : json(nullptr)},
                       {"link", std::move(link)}});
    }
    committees.push_back({{"id", committee.id}, {"name", committee.name}, {"flags", std::move(flags)}});
  }
  json out = {{"version", view.members ? "members" : "public"},
              {"as_of", iso(view.as_of)},
              {"committees", std::move(committees)}};
  return out.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace agendad::pages
