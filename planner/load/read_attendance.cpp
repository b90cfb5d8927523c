// `attendance:` of a meeting: who was present, who chaired, apologies and substitutes, as the
// minutes record them. Every name is checked against the membership on the meeting's date, so
// "Harper" in the minutes must be written as the members list has it ("N Harper").
#include <algorithm>
#include <array>
#include <set>

#include "planner/load/sections.hpp"
#include "planner/model/membership.hpp"

namespace agendad::planner::load {
namespace {

using namespace std::literals;

class NameCheck {
 public:
  NameCheck(const Source& source, const Committee& committee, std::optional<Date> date) : source_(source) {
    if (!date) return;  // the meeting's date is reported already; names cannot be checked without it
    when_ = day_month_year(*date);
    for (const Member& member : membership_on(committee, *date)) {
      members_.insert(member.name);
      words_.push_back(member.name);
    }
    for (const std::string& name : members_) listed_ += (listed_.empty() ? "" : ", ") + name;
  }

  // A member on the date; `once`: named once among those present and apologising. (A substitute
  // stands in for a member who usually sent apologies, so `for:` may repeat an apology.)
  bool member(const YAML::Node& node, const std::string& path, const std::string& name, bool once = true) {
    if (once && !seen_.insert(name).second) {
      source_.error(node, path, "is named twice in the attendance", name, "each member once");
      return false;
    }
    if (when_.empty() || members_.count(name)) return true;
    std::vector<std::string_view> words(words_.begin(), words_.end());
    std::string message = "is not a member on " + when_;
    if (auto near = nearest(name, words)) message += "; did you mean `" + *near + "`?";
    source_.error(node, path, message, name, "one of: " + listed_);
    return false;
  }

 private:
  const Source& source_;
  std::string when_;
  std::set<std::string> members_;
  std::vector<std::string> words_;
  std::string listed_;
  std::set<std::string> seen_;
};

std::vector<std::string> read_names(const Fields& a, std::string_view key, NameCheck& check) {
  std::vector<std::string> names;
  auto list = a.list(key);
  if (!list) return names;
  for (std::size_t i = 0; i < list->size(); ++i) {
    std::string path = nth(a.path(key), i);
    if (auto name = read_text(a.source(), (*list)[i], path)) {
      check.member((*list)[i], path, *name);
      names.push_back(*name);
    }
  }
  return names;
}

std::vector<Substitute> read_substitutes(const Fields& a, const std::vector<std::string>& present, NameCheck& check) {
  std::vector<Substitute> substitutes;
  auto list = a.list("substitutes");
  if (!list) return substitutes;
  static constexpr std::array known{"name"sv, "for"sv};
  for (std::size_t i = 0; i < list->size(); ++i) {
    Fields s(a.source(), (*list)[i], nth(a.path("substitutes"), i), known);
    if (!s.is_map()) continue;
    if (!s.require_all({{"name", "the substitute's name"}, {"for", "the member they stood in for"}})) continue;
    Substitute substitute{s.text_or_empty("name"), s.text_or_empty("for")};
    if (substitute.name.empty() || substitute.for_member.empty()) continue;
    if (std::find(present.begin(), present.end(), substitute.for_member) != present.end())
      a.source().error(*s.value("for"), s.path("for"), "is among those present", substitute.for_member,
                       "a member who was absent");
    else
      check.member(*s.value("for"), s.path("for"), substitute.for_member, false);
    substitutes.push_back(std::move(substitute));
  }
  return substitutes;
}

}  // namespace

void read_attendance(const Fields& fields, const Committee& committee, std::optional<Date> date, Meeting& meeting) {
  auto node = fields.value("attendance");
  if (!node) return;
  static constexpr std::array known{"present"sv, "chair"sv, "apologies"sv, "substitutes"sv, "source"sv};
  Fields a(fields.source(), *node, fields.path("attendance"), known);
  if (!a.is_map()) return;
  a.require_all({{"present", "the members present, as the minutes list them"},
                 {"source", "the paper that records it, such as \"Minutes of 4 March 2025\""}});
  NameCheck check(fields.source(), committee, date);
  Attendance attendance;
  attendance.present = read_names(a, "present", check);
  attendance.apologies = read_names(a, "apologies", check);
  attendance.substitutes = read_substitutes(a, attendance.present, check);
  attendance.source = a.text_or_empty("source");
  attendance.chair = a.text_or_empty("chair");
  if (!attendance.chair.empty() &&
      std::find(attendance.present.begin(), attendance.present.end(), attendance.chair) == attendance.present.end())
    fields.source().error(*a.value("chair"), a.path("chair"), "is not among those present", attendance.chair,
                          "one of the names under present:");
  meeting.attendance = std::move(attendance);
}

}  // namespace agendad::planner::load
