#pragma once
// The flags page: what needs a clerk's attention, committee by committee, most urgent first (the
// planner's order), each with its reason and a link to the meeting's agenda or the work programme.
#include <optional>
#include <string>
#include <vector>

#include "feeds/pages/page_options.hpp"
#include "planner/model/programme.hpp"
#include "planner/rules/plan.hpp"

namespace agendad::pages {

struct FlagLine {
  std::string severity;  // critical, warning, info
  std::string kind;
  std::string message;
  std::optional<planner::Date> when;
  std::string link_kind;  // meeting, item, action
  std::string link_id;    // empty for an exempt item in public
  std::string link;       // site path of the page it is about, with an anchor where there is one
  std::string link_text;  // "Agenda for Tuesday 29 October 2024"
};

struct CommitteeFlags {
  std::string id;
  std::string name;
  std::vector<FlagLine> flags;
};

struct FlagsView {
  planner::Date as_of;
  bool members = false;
  std::vector<CommitteeFlags> committees;
};

// The plan's flags (planner/rules/plan.hpp), linked to the pages they are about.
FlagsView flags_view(const planner::Programme& programme, const planner::Plan& plan, bool members);

std::string render_flags(const planner::Programme& programme, const planner::Plan& plan, urls::PageFormat format,
                         const PageOptions& options);

std::string flags_html(const FlagsView& view);
std::string flags_json(const FlagsView& view);

}  // namespace agendad::pages
