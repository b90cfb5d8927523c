#pragma once
// The Summary Work Programme of one committee, laid out as the seeds' agenda pack prints it,
// with the planner's proposals in a section of their own, apart from what is booked.
#include <optional>
#include <string>
#include <vector>

#include "feeds/drafts/item_ref.hpp"
#include "feeds/pages/page_options.hpp"
#include "planner/model/programme.hpp"
#include "planner/rules/as_of.hpp"
#include "planner/rules/plan.hpp"

namespace agendad::pages {

struct WorkProgrammeItem {
  drafts::ItemRef item;
  std::vector<std::string> includes;  // empty for an exempt item in public
  std::string status;  // booked, taken; or, for Items for Scheduling, as the work programme writes it
};

struct WorkProgrammeMeeting {
  std::string id;
  planner::Date date;
  std::string label;  // 17-Sep-24
  std::vector<std::string> marks;  // cancelled, provisional, proposed by the planner
  std::vector<WorkProgrammeItem> items;
};

struct ProposedPlacement {
  drafts::ItemRef item;
  std::string meeting;  // id
  planner::Date date;
  std::string reason;
};

struct UnplacedItem {
  drafts::ItemRef item;
  std::string reason;
};

struct OwedAction {
  std::string id;
  std::string owed;
  std::string owed_to;
  std::optional<planner::Date> due;
  std::string from;  // "the meeting of 4 March 2025, minute 64"
};

struct WorkProgrammeView {
  std::string committee_id;
  std::string committee_name;
  planner::Date as_of;
  bool members = false;
  std::string title;  // Improving Lives Select Commission – Summary Work Programme 2024/25
  std::string chair;  // Cllr Lyndsay Pitchley
  std::string vice_chair;
  std::string governance_advisor;
  std::string link_officer;
  std::string endorsement;  // "The following principles were endorsed by OSMB at its meeting of 5 July 2023 ..."
  std::vector<std::string> starting_point;
  std::vector<std::string> longlisting;
  std::vector<std::string> shortlisting;  // "T: Time: is it the right time, enough resources?"
  std::vector<WorkProgrammeMeeting> meetings;  // formal meetings, in date order
  std::vector<WorkProgrammeItem> for_scheduling;
  std::vector<ProposedPlacement> proposals;
  std::vector<UnplacedItem> unplaced;
  std::vector<OwedAction> actions;  // owed and not done
};

// The work programme as the papers stood on their as-of date, and the planner's proposals from
// then on. The papers (planner/rules/as_of.hpp) cover the whole programme: one view of them serves
// every committee's page, which matters to a council of hundreds of committees. The proposals
// are the plan's, made on the papers' as-of date.
WorkProgrammeView work_programme_view(const planner::Programme& programme, const planner::Plan& plan,
                                      const planner::ProgrammeAsOf& papers, const planner::Committee& committee,
                                      bool members);

std::string render_work_programme(const planner::Programme& programme, const planner::Plan& plan,
                                  const planner::Committee& committee, urls::PageFormat format,
                                  const PageOptions& options);

std::string work_programme_html(const WorkProgrammeView& view);
std::string work_programme_json(const WorkProgrammeView& view);

// 17-Sep-24, as the Summary Work Programme prints its meeting dates.
std::string short_date(planner::Date date);

}  // namespace agendad::pages
