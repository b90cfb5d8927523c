#include "feeds/pages/flags_page.hpp"
#include "feeds/urls/paths.hpp"
#include "planner/rules/plan.hpp"

namespace agendad::pages {

using planner::Committee, planner::CommitteePlan, planner::Flag, planner::Item, planner::LinkKind, planner::Meeting,
    planner::Plan, planner::Programme, planner::long_date;

namespace {

void link_to(FlagLine& line, const Programme& programme, const Flag& flag, const std::string& committee, bool members) {
  const std::string work_programme = urls::work_programme_path(committee, urls::PageFormat::html);
  switch (flag.link_kind) {
    case LinkKind::meeting:
      if (const Meeting* meeting = programme.meeting(flag.link)) {
        line.link_id = flag.link;
        line.link = urls::agenda_path(meeting->committee, meeting->date, urls::AgendaFormat::html);
        line.link_text = "Agenda for " + long_date(meeting->date);
        return;
      }
      break;
    case LinkKind::item:
      if (const Item* item = programme.item(flag.link); item && item->exempt && !members) {
        line.link = work_programme;  // the id of an exempt item may say what it is about
        line.link_text = "Work programme";
        return;
      }
      line.link_id = flag.link;
      line.link = work_programme + "#item-" + flag.link;
      line.link_text = "Work programme";
      return;
    case LinkKind::action:
      line.link_id = flag.link;
      line.link = work_programme + "#action-" + flag.link;
      line.link_text = "Actions owed";
      return;
  }
  line.link = work_programme;
  line.link_text = "Work programme";
}

}  // namespace

CommitteeFlags committee_flags(const Programme& programme, const Committee& committee, const CommitteePlan& part,
                               bool members) {
  CommitteeFlags group{committee.id, committee.name, {}};
  for (const Flag& flag : part.flags) {
    FlagLine line{to_string(flag.severity), to_string(flag.kind), flag.message, flag.when, to_string(flag.link_kind),
                  {}, {}, {}};
    link_to(line, programme, flag, committee.id, members);
    group.flags.push_back(std::move(line));
  }
  return group;
}

FlagsView flags_view(const Programme& programme, const Plan& plan, bool members) {
  FlagsView view{plan.as_of, members, {}};
  for (const CommitteePlan& part : plan.committees)
    if (const Committee* committee = programme.committee(part.committee))
      view.committees.push_back(committee_flags(programme, *committee, part, members));
  return view;
}

FlagsPart flags_part(const CommitteeFlags& committee) {
  return {flags_html_section(committee), flags_json_object(committee)};
}

std::string put_together(const FlagsView& view, PageOfParts page, std::string FlagsPart::*format,
                         std::string (*make)(const CommitteeFlags&)) {
  std::vector<FlagsPart> parts(view.committees.size());  // the one format's alone: the other is not asked for
  for (std::size_t i = 0; i < parts.size(); ++i) parts[i].*format = make(view.committees[i]);
  std::vector<const FlagsPart*> each;
  each.reserve(parts.size());
  for (const FlagsPart& part : parts) each.push_back(&part);
  return page(view.as_of, view.members, each);
}

std::string render_flags(const Programme& programme, const Plan& plan, urls::PageFormat format, const PageOptions& options) {
  FlagsView view = flags_view(programme, plan, options.members);
  return format == urls::PageFormat::json ? flags_json(view) : flags_html(view);
}

}  // namespace agendad::pages
