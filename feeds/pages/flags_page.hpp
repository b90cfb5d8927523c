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
// One committee's, from its part of the plan.
CommitteeFlags committee_flags(const planner::Programme& programme, const planner::Committee& committee,
                               const planner::CommitteePlan& part, bool members);

std::string render_flags(const planner::Programme& programme, const planner::Plan& plan, urls::PageFormat format,
                         const PageOptions& options);

std::string flags_html(const FlagsView& view);
std::string flags_json(const FlagsView& view);

// One committee's part of the page in each format. The page is its committees' parts put together
// (flags_html and flags_json are), so that the daemon makes again only the parts of committees
// whose plan changed (daemon/site/kept_pages.hpp).
struct FlagsPart {
  std::string html;  // its section
  std::string json;  // its object, indented as it stands in the page's "committees"
};
FlagsPart flags_part(const CommitteeFlags& committee);
// The view's page in one format, put together by `page` from its committees' parts in that format
// (`format`, each made by `make`).
using PageOfParts = std::string (*)(planner::Date as_of, bool members, const std::vector<const FlagsPart*>& parts);
std::string put_together(const FlagsView& view, PageOfParts page, std::string FlagsPart::*format,
                         std::string (*make)(const CommitteeFlags&));
std::string flags_html_section(const CommitteeFlags& committee);
std::string flags_json_object(const CommitteeFlags& committee);
std::string flags_html(planner::Date as_of, bool members, const std::vector<const FlagsPart*>& parts);
std::string flags_json(planner::Date as_of, bool members, const std::vector<const FlagsPart*>& parts);

}  // namespace agendad::pages
