// The flags as JSON, in the planner's order (most urgent first); dates ISO 8601.
#include <nlohmann/json.hpp>

#include "feeds/pages/flags_page.hpp"

namespace agendad::pages {

using planner::iso;

namespace {

using json = nlohmann::ordered_json;

std::string dumped(const json& value) { return value.dump(2, ' ', false, json::error_handler_t::replace); }

json committee_json(const CommitteeFlags& committee) {
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
  return {{"id", committee.id}, {"name", committee.name}, {"flags", std::move(flags)}};
}

// Where the page's "committees" array stands: its elements are indented by two steps of two.
constexpr std::string_view element_indent = "    ";

}  // namespace

std::string flags_json(const FlagsView& view) {
  return put_together(view, flags_json, &FlagsPart::json, flags_json_object);
}

// nlohmann's pretty printing writes a value nested n steps deep as it writes it alone, each line
// after the first indented n steps further (a string's line breaks are escaped, never written),
// so each committee's object is dumped once and put in the page's array as it stands there.
std::string flags_json(planner::Date as_of, bool members, const std::vector<const FlagsPart*>& parts) {
  const json page = {{"version", members ? "members" : "public"}, {"as_of", iso(as_of)}, {"committees", json::array()}};
  std::string text = dumped(page);
  if (!parts.empty()) {
    constexpr std::string_view empty = "[]\n}";
    std::string elements = "[\n";
    for (std::size_t i = 0; i < parts.size(); ++i) (elements += i ? ",\n" : "") += parts[i]->json;
    elements += "\n  ]\n}";
    text.replace(text.size() - empty.size(), empty.size(), elements);
  }
  return text + "\n";
}

std::string flags_json_object(const CommitteeFlags& committee) {
  std::string object(element_indent);
  for (const char c : dumped(committee_json(committee))) {
    object += c;
    if (c == '\n') object += element_indent;
  }
  return object;
}

}  // namespace agendad::pages
