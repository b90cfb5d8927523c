#include <algorithm>
#include <array>
#include <map>
#include <set>

#include "planner/load/sections.hpp"

namespace agendad::planner::load {
namespace {

using namespace std::literals;

constexpr std::array<Named<MemberRole>, 3> member_roles{
    {{"member", MemberRole::member}, {"chair", MemberRole::chair}, {"vice_chair", MemberRole::vice_chair}}};

constexpr std::array<Named<unsigned>, 7> weekday_names{{{"Sunday", 0},
                                                        {"Monday", 1},
                                                        {"Tuesday", 2},
                                                        {"Wednesday", 3},
                                                        {"Thursday", 4},
                                                        {"Friday", 5},
                                                        {"Saturday", 6}}};

constexpr std::array<Named<unsigned>, 12> month_names{{{"January", 1},
                                                       {"February", 2},
                                                       {"March", 3},
                                                       {"April", 4},
                                                       {"May", 5},
                                                       {"June", 6},
                                                       {"July", 7},
                                                       {"August", 8},
                                                       {"September", 9},
                                                       {"October", 10},
                                                       {"November", 11},
                                                       {"December", 12}}};

void read_members(const Fields& fields, Committee& committee) {
  auto list = fields.list("members");
  if (!list) return;
  std::set<std::string> names;
  std::map<MemberRole, std::string> role_holders;  // the first chair and vice-chair
  const Source& source = fields.source();
  for (std::size_t i = 0; i < list->size(); ++i) {
    const YAML::Node entry = (*list)[i];
    std::string path = nth(fields.path("members"), i);
    Member member = read_member(source, entry, path);
    if (member.role != MemberRole::member) {
      auto [holder, first] = role_holders.emplace(member.role, member.name);
      if (!first) {
        std::string role = entry["role"].as<std::string>("");
        source.error(entry["role"], path + ".role", "the committee already has a " + role, role,
                     "one " + role + " (" + holder->second + " is one)");
      }
    }
    if (member.name.empty()) continue;
    if (!names.insert(member.name).second)
      source.error(entry, path, "lists the same member twice", member.name, "each member once");
    committee.members.push_back(std::move(member));
  }
}

std::vector<StandingItem> read_standing_list(const Fields& standing, std::string_view key,
                                             std::set<std::string>& keys_seen) {
  std::vector<StandingItem> items;
  auto list = standing.list(key);
  if (!list) return items;
  static constexpr std::array known{"key"sv, "title"sv, "text"sv, "document"sv};
  for (std::size_t i = 0; i < list->size(); ++i) {
    const YAML::Node entry = (*list)[i];
    Fields fields(standing.source(), entry, nth(standing.path(key), i), known);
    if (!fields.is_map()) continue;
    fields.require_all({{"key", "a short name such as apologies"}, {"title", "the title the agenda prints"}});
    StandingItem item{fields.id("key").value_or(""), fields.text_or_empty("title"), fields.text_or_empty("text"),
                      fields.id("document").value_or("")};
    if (item.key.empty()) continue;
    if (!keys_seen.insert(item.key).second)
      standing.source().error(*fields.value("key"), fields.path("key"), "is used by another standing item",
                              item.key, "a key used once");
    items.push_back(std::move(item));
  }
  return items;
}

void read_standing_items(const Fields& fields, Committee& committee) {
  auto node = fields.value("standing_items");
  if (!node) return;
  static constexpr std::array known{"before_business"sv, "after_business"sv};
  Fields standing(fields.source(), *node, fields.path("standing_items"), known);
  std::set<std::string> keys;
  committee.standing_before_business = read_standing_list(standing, "before_business", keys);
  committee.standing_after_business = read_standing_list(standing, "after_business", keys);
}

void read_pattern(const Fields& fields, Committee& committee) {
  auto node = fields.value("pattern");
  if (!node) return;
  static constexpr std::array known{"weekdays"sv,    "start"sv, "meetings_per_year"sv, "gap_weeks"sv,
                                    "months_without_meetings"sv, "venue"sv, "feeds"sv,
                                    "working_days_before_fed_body"sv};
  Fields p(fields.source(), *node, fields.path("pattern"), known);
  if (!p.is_map()) return;
  const Source& source = fields.source();
  MeetingPattern pattern;
  if (auto days = p.list("weekdays"))
    for (std::size_t i = 0; i < days->size(); ++i)
      if (auto day = read_choice<unsigned>(source, (*days)[i], nth(p.path("weekdays"), i), weekday_names,
                                           "a day of the week"))
        pattern.weekdays.push_back(std::chrono::weekday{*day});
  pattern.start = p.time("start");
  pattern.meetings_per_year = p.integer("meetings_per_year", 1, 52);
  pattern.gap_weeks = p.integer("gap_weeks", 1, 52);
  if (auto months = p.list("months_without_meetings"))
    for (std::size_t i = 0; i < months->size(); ++i)
      if (auto month = read_choice<unsigned>(source, (*months)[i], nth(p.path("months_without_meetings"), i),
                                             month_names, "a month"))
        pattern.months_without_meetings.push_back(std::chrono::month{*month});
  if (auto venue = p.id("venue")) {
    pattern.venue = *venue;
    expect_venue(source, *p.value("venue"), p.path("venue"), *venue);
  }
  if (auto feeds = p.list("feeds"))
    for (std::size_t i = 0; i < feeds->size(); ++i)
      if (auto body = read_id(source, (*feeds)[i], nth(p.path("feeds"), i))) {
        expect_body(source, (*feeds)[i], nth(p.path("feeds"), i), *body);
        pattern.feeds.push_back(*body);
      }
  pattern.working_days_before_fed_body = p.integer("working_days_before_fed_body", 0, 60);
  committee.pattern = std::move(pattern);
}

template <typename Reader>
void read_entries(const Fields& fields, std::string_view key, const Committee& committee, Programme& programme,
                  Reader reader) {
  auto list = fields.list(key);
  if (!list) return;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const YAML::Node entry = (*list)[i];
    reader(fields.source(), entry, entry_path(fields.path(key), i, entry), committee, programme);
  }
}

void read_committee(const Source& source, const YAML::Node& node, std::size_t index, Programme& programme) {
  static constexpr std::array known{"id"sv,
                                    "name"sv,
                                    "short_name"sv,
                                    "municipal_year"sv,
                                    "work_programme_title"sv,
                                    "governance_advisor"sv,
                                    "link_officer"sv,
                                    "start"sv,
                                    "duration_minutes"sv,
                                    "venue"sv,
                                    "webcast"sv,
                                    "members"sv,
                                    "membership_changes"sv,
                                    "standing_items"sv,
                                    "pattern"sv,
                                    "meetings"sv,
                                    "items"sv,
                                    "actions"sv};
  Fields fields(source, node, entry_path("committees", index, node), known);
  if (!fields.is_map()) return;
  fields.require_all({{"id", "an id such as ilsc"}, {"name", "the committee's full name"}});
  Committee committee;
  committee.where = fields.where();
  committee.id = fields.id("id").value_or("");
  committee.name = fields.text_or_empty("name");
  committee.short_name = fields.text_or_empty("short_name");
  committee.municipal_year = fields.text_or_empty("municipal_year");
  committee.work_programme_title = fields.text_or_empty("work_programme_title");
  committee.governance_advisor = fields.text_or_empty("governance_advisor");
  committee.link_officer = fields.text_or_empty("link_officer");
  committee.start = fields.time("start");
  committee.duration_minutes = fields.integer("duration_minutes", 1, 24 * 60);
  if (auto venue = fields.id("venue")) {
    committee.venue = *venue;
    expect_venue(source, *fields.value("venue"), fields.path("venue"), *venue);
  }
  committee.webcast = fields.flag("webcast").value_or(false);
  read_members(fields, committee);
  read_membership_changes(fields, committee);  // before the meetings, whose attendance it checks
  read_standing_items(fields, committee);
  read_pattern(fields, committee);

  read_entries(fields, "meetings", committee, programme, read_meeting);
  read_entries(fields, "items", committee, programme, read_item);
  read_entries(fields, "actions", committee, programme, read_action);
  auto meetings = fields.value("meetings");
  if (!meetings || (meetings->IsSequence() && meetings->size() == 0))
    source.warning(node, fields.path("meetings"),
                   "the committee has no meetings yet, so nothing can be booked or published for it");
  programme.committees.push_back(std::move(committee));
}

}  // namespace

Member read_member(const Source& source, const YAML::Node& entry, const std::string& path) {
  static constexpr std::array known{"name"sv, "full_name"sv, "role"sv};
  Member member;
  if (entry.IsScalar() || entry.IsNull()) {
    if (auto name = read_text(source, entry, path)) member.name = *name;
    return member;
  }
  Fields m(source, entry, path, known);
  if (!m.is_map()) return member;
  m.require("name", "the name as the front sheet prints it, such as Pitchley");
  member.name = m.text_or_empty("name");
  member.full_name = m.text_or_empty("full_name");
  member.role = m.choice<MemberRole>("role", member_roles, "a member's role").value_or(MemberRole::member);
  return member;
}

void read_committees(const Source& source, const YAML::Node& node, Programme& programme) {
  if (!node.IsSequence()) {
    source.error(node, "committees", "should be a list of committees, each starting with \"- id:\"",
                 describe_node(node), "a list");
    return;
  }
  for (std::size_t i = 0; i < node.size(); ++i) read_committee(source, node[i], i, programme);
}

}  // namespace agendad::planner::load
