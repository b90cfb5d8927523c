// `membership_changes:`: who joined and left a committee, and when, as the papers record it.
#include <algorithm>
#include <array>
#include <set>

#include "planner/load/sections.hpp"

namespace agendad::planner::load {
namespace {

using namespace std::literals;

// A name in a change, with where it was written, for checking against the membership later.
struct NamedAt {
  std::string name;
  YAML::Node node;
  std::string path;
};

struct ReadChange {
  MembershipChange change;
  std::vector<NamedAt> joins;
  std::vector<NamedAt> leaves;
};

// on: or by:, exactly one of them.
std::optional<Date> change_date(const Fields& c, MembershipChange& change) {
  if (c.has("on") && c.has("by")) {
    c.source().error(*c.value("by"), c.path("by"), "is given as well as on:; give one or the other",
                     "both on and by", "on: the day of the change, or by: a day it had happened by");
    return std::nullopt;
  }
  if (!c.has("on") && !c.has("by")) {
    c.source().error(c.node(), c.path("on"), "a change of membership must say when", "",
                     "on: the day of the change, or by: a day it had happened by");
    return std::nullopt;
  }
  change.day_known = c.has("on");
  return c.date(change.day_known ? "on" : "by");
}

std::optional<ReadChange> read_change(const Fields& fields, const YAML::Node& entry, const std::string& path) {
  static constexpr std::array known{"on"sv, "by"sv, "join"sv, "leave"sv, "source"sv};
  Fields c(fields.source(), entry, path, known);
  if (!c.is_map()) return std::nullopt;
  const Source& source = fields.source();
  c.require("source", "the paper that records the change, such as \"Minutes of 4 March 2025\"");
  ReadChange read;
  read.change.where = c.where();
  read.change.source = c.text_or_empty("source");
  auto date = change_date(c, read.change);
  if (auto joins = c.list("join"))
    for (std::size_t i = 0; i < joins->size(); ++i) {
      Member member = read_member(source, (*joins)[i], nth(c.path("join"), i));
      if (member.name.empty()) continue;
      read.joins.push_back({member.name, (*joins)[i], nth(c.path("join"), i)});
      read.change.join.push_back(std::move(member));
    }
  if (auto leaves = c.list("leave"))
    for (std::size_t i = 0; i < leaves->size(); ++i)
      if (auto name = read_text(source, (*leaves)[i], nth(c.path("leave"), i))) {
        read.leaves.push_back({*name, (*leaves)[i], nth(c.path("leave"), i)});
        read.change.leave.push_back(*name);
      }
  if (!c.has("join") && !c.has("leave"))
    source.error(entry, c.path("join"), "the change names no one joining or leaving", "",
                 "join: [names], leave: [names] or both");
  if (!date) return std::nullopt;
  read.change.date = *date;
  return read;
}

std::string members_listed(const std::set<std::string>& members) {
  std::string listed;
  for (const std::string& name : members) listed += (listed.empty() ? "" : ", ") + name;
  return listed.empty() ? "no one (the committee has no members then)" : listed;
}

// In date order, each leaver must be a member and each joiner not yet one.
void check_against_membership(const Source& source, const Committee& committee, std::vector<ReadChange>& changes) {
  std::stable_sort(changes.begin(), changes.end(),
                   [](const ReadChange& a, const ReadChange& b) { return a.change.date < b.change.date; });
  std::set<std::string> members;
  for (const Member& member : committee.members) members.insert(member.name);
  for (const ReadChange& read : changes) {
    const std::string when = day_month_year(read.change.date);
    for (const NamedAt& leaver : read.leaves)
      if (members.erase(leaver.name) == 0)
        source.error(leaver.node, leaver.path, "is not a member on " + when + ", so cannot leave", leaver.name,
                     "one of: " + members_listed(members));
    for (const NamedAt& joiner : read.joins)
      if (!members.insert(joiner.name).second)
        source.error(joiner.node, joiner.path, "is already a member on " + when, joiner.name,
                     "someone not yet a member");
  }
}

}  // namespace

void read_membership_changes(const Fields& fields, Committee& committee) {
  auto list = fields.list("membership_changes");
  if (!list) return;
  std::vector<ReadChange> changes;
  for (std::size_t i = 0; i < list->size(); ++i)
    if (auto read = read_change(fields, (*list)[i], nth(fields.path("membership_changes"), i)))
      changes.push_back(std::move(*read));
  check_against_membership(fields.source(), committee, changes);
  for (ReadChange& read : changes) committee.membership_changes.push_back(std::move(read.change));
}

}  // namespace agendad::planner::load
