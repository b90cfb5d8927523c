#include "feeds/svg/year_view.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <tuple>

#include "feeds/urls/paths.hpp"
#include "planner/rules/as_of.hpp"
#include "planner/rules/bank_holidays.hpp"
#include "planner/rules/deadline.hpp"

namespace agendad::svg {

using planner::Committee, planner::CommitteePlan, planner::Date, planner::Flag, planner::Item, planner::ItemStatus,
    planner::LinkKind, planner::Meeting, planner::MeetingKind, planner::MeetingPlan, planner::MeetingStatus,
    planner::MunicipalYear, planner::Plan, planner::PlanningCalendar, planner::Programme, planner::ProgrammeAsOf,
    planner::day_month_year, planner::england_and_wales_bank_holidays, planner::long_date, planner::municipal_year_of,
    planner::parse_municipal_year, planner::to_be_confirmed;

namespace {

std::string link(const YearRequest& request, const std::string& to) { return urls::relative_link(request.from_path, to); }

MarkKind mark_of(const Meeting& meeting) {
  if (meeting.status == MeetingStatus::cancelled) return MarkKind::cancelled;
  if (meeting.proposed) return MarkKind::proposed;
  switch (meeting.kind) {
    case MeetingKind::workshop: return MarkKind::workshop;
    case MeetingKind::extraordinary: return MarkKind::extraordinary;
    case MeetingKind::joint: return MarkKind::joint;
    case MeetingKind::ordinary: break;
  }
  return MarkKind::ordinary;
}

std::string what_meeting(const Meeting& meeting, const Programme& programme) {
  if (meeting.status == MeetingStatus::cancelled) return "Cancelled meeting";
  std::string what = meeting.proposed ? "Proposed " : "";
  switch (meeting.kind) {
    case MeetingKind::workshop: what += "workshop"; break;
    case MeetingKind::extraordinary: what += "extraordinary meeting"; break;
    case MeetingKind::joint: what += "joint meeting with " + programme.body_name(meeting.joint_with); break;
    case MeetingKind::ordinary: what += "meeting"; break;
  }
  if (!meeting.confirmed) what += " (provisional)";
  what[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(what[0])));
  return what;
}

std::string items(int count) { return std::to_string(count) + (count == 1 ? " item" : " items"); }

// "Meeting, Tuesday 17 September 2024, 10.00 a.m.: 3 items of 3"
std::string meeting_title(const Programme& programme, const Meeting& meeting, const YearMeeting& mark) {
  std::string title = what_meeting(meeting, programme) + ", " + long_date(meeting.date);
  if (meeting.start) title += ", " + agenda_time(*meeting.start) + (meeting.start_assumed ? to_be_confirmed : "");
  if (!mark.formal) return title;
  title += ": " + items(mark.booked + mark.proposed) + " of " + std::to_string(mark.capacity);
  if (mark.proposed > 0) title += " (" + std::to_string(mark.booked) + " booked, " + std::to_string(mark.proposed) +
                                  " proposed by the planner)";
  if (mark.capacity_assumed) title += "; capacity assumed, none configured";
  if (mark.publication) title += "; agenda out by " + day_month_year(*mark.publication);
  if (mark.report_deadline) title += ", reports due " + day_month_year(*mark.report_deadline);
  return title;
}

const MeetingPlan* plan_for(const CommitteePlan& plan, const Meeting& meeting) {
  for (const auto& candidate : plan.proposals.meetings)
    if (candidate.meeting == &meeting || (candidate.meeting && candidate.meeting->id == meeting.id)) return &candidate;
  return nullptr;
}

void add_meetings(const Programme& programme, const CommitteePlan& plan, const YearRequest& request,
                  const MunicipalYear& year, Lane& lane) {
  const auto capacity = programme.council.rules.capacity_items;
  for (const Meeting* meeting : programme.meetings_of(lane.committee)) {
    if (!year.contains(meeting->date)) continue;
    YearMeeting mark;
    mark.date = meeting->date;
    mark.mark = mark_of(*meeting);
    mark.formal = is_formal(*meeting) && meeting->status != MeetingStatus::cancelled;
    if (const MeetingPlan* part = plan_for(plan, *meeting)) {
      mark.booked = part->booked;
      mark.proposed = part->proposed;
      mark.publication = part->dates.publication;
      mark.report_deadline = part->dates.report_deadline;
    }
    if (!mark.formal) mark.publication = mark.report_deadline = std::nullopt;
    mark.capacity = capacity.value_or(0);
    mark.capacity_assumed = !capacity;
    mark.href = link(request, urls::agenda_path(meeting->committee, meeting->date, urls::AgendaFormat::html));
    lane.meetings.push_back(std::move(mark));
  }
  // Without a configured capacity the outline is the fullest meeting's load: a yardstick, drawn dashed.
  if (!capacity) {
    int most = 1;
    for (const auto& mark : lane.meetings) most = std::max(most, mark.booked + mark.proposed);
    for (auto& mark : lane.meetings) mark.capacity = most;
  }
  const auto meetings = programme.meetings_of(lane.committee);
  std::size_t at = 0;
  for (const Meeting* meeting : meetings)
    if (year.contains(meeting->date)) {
      auto& mark = lane.meetings[at++];
      mark.title = meeting_title(programme, *meeting, mark);
    }
}

bool still_open(ItemStatus status) { return status != ItemStatus::taken && status != ItemStatus::withdrawn; }

void add_items(const Programme& programme, const PlanningCalendar& calendar, const ProgrammeAsOf& papers,
               const YearRequest& request, const MunicipalYear& year, Lane& lane) {
  const auto work_programme = link(request, urls::work_programme_path(lane.committee, urls::PageFormat::html));
  for (const Item* own : programme.items_of(lane.committee)) {  // the index's, not a scan of the council's
    const Item& item = *own;
    const auto& state = papers.states[static_cast<std::size_t>(own - programme.items.data())];
    if (!state || !still_open(state->status)) continue;
    if (state->status == ItemStatus::awaiting_date || state->status == ItemStatus::deferred) ++lane.awaiting;
    const auto deadline = resolve_deadline(programme, calendar, item);
    if (!deadline) continue;
    const std::string& title = request.members ? item.title : public_title(item);
    if (!year.contains(deadline->before)) {
      lane.beyond.push_back(title + ": before " + deadline->what);
      continue;
    }
    std::string text = title + " must come before " + deadline->what;
    if (deadline->assumed) text += " (date assumed: " + day_month_year(deadline->before) + ")";
    else text += " (" + day_month_year(deadline->before) + ")";
    if (!item.constraints.due_before->why.empty()) text += ", " + item.constraints.due_before->why;
    lane.deadlines.push_back({deadline->before, deadline->assumed, text, work_programme});
  }
}

void add_flags(const Programme& programme, const CommitteePlan& plan, const YearRequest& request,
               const MunicipalYear& year, Lane& lane) {
  for (const Flag& flag : plan.flags) {
    std::string href = urls::work_programme_path(lane.committee, urls::PageFormat::html);
    if (flag.link_kind == LinkKind::meeting)
      if (const Meeting* meeting = programme.meeting(flag.link))
        href = urls::agenda_path(meeting->committee, meeting->date, urls::AgendaFormat::html);
    YearFlag mark{flag.when.value_or(year.last), flag.severity, to_string(flag.severity) + ": " + flag.message,
                  link(request, href)};
    (flag.when && year.contains(*flag.when) ? lane.flags : lane.other_flags).push_back(std::move(mark));
  }
  std::stable_sort(lane.flags.begin(), lane.flags.end(),
                   [](const YearFlag& a, const YearFlag& b) { return a.date < b.date; });
}

void add_calendar(const Programme& programme, const PlanningCalendar& calendar, YearView& view) {
  const auto& year = view.year;
  for (int y : {static_cast<int>(year.first.year()), static_cast<int>(year.last.year())})
    for (const auto& holiday : england_and_wales_bank_holidays(y))
      if (year.contains(holiday.date) && calendar.bank_holidays.contains(holiday.date))
        view.bank_holidays.push_back({holiday.date, "Bank holiday: " + std::string(holiday.name)});
  for (const Date& date : calendar.bank_holidays)  // those the rule does not name (a closure_days file)
    if (year.contains(date) && std::none_of(view.bank_holidays.begin(), view.bank_holidays.end(),
                                            [&](const DatedMark& mark) { return mark.date == date; }))
      view.bank_holidays.push_back({date, "Offices closed: " + long_date(date)});
  std::sort(view.bank_holidays.begin(), view.bank_holidays.end(),
            [](const DatedMark& a, const DatedMark& b) { return a.date < b.date; });
  for (const auto& blackout : programme.council.rules.blackouts)
    if (blackout.from <= year.last && year.first <= blackout.to)
      view.blackouts.push_back({blackout.from, blackout.to, "Blackout: " + blackout.reason + " (" +
                                    day_month_year(blackout.from) + " to " + day_month_year(blackout.to) + ")"});
  for (const auto& closure : programme.council.rules.closures)
    if (closure.from <= year.last && year.first <= closure.to)
      view.closures.push_back({closure.from, closure.to, "Offices closed: " + closure.reason + " (" +
                                   day_month_year(closure.from) + " to " + day_month_year(closure.to) + ")"});
}

// The bodies the lanes' items are due before, and those their meetings must precede (Cabinet).
void add_bodies(const Programme& programme, const PlanningCalendar& calendar, YearView& view) {
  std::set<std::string> bodies;
  for (const auto& lane : view.lanes) {
    for (const Item* item : programme.items_of(lane.committee))
      if (item->constraints.due_before && !item->constraints.due_before->body.empty())
        bodies.insert(item->constraints.due_before->body);
    if (const Committee* committee = programme.committee(lane.committee); committee && committee->pattern)
      bodies.insert(committee->pattern->feeds.begin(), committee->pattern->feeds.end());
  }
  for (const auto& body : bodies) {
    const auto dates = calendar.body_meetings.find(body);
    if (dates == calendar.body_meetings.end()) continue;
    for (const Date& date : dates->second)
      if (view.year.contains(date)) view.body_meetings.push_back({date, programme.body_name(body) + ", " + long_date(date)});
  }
  std::sort(view.body_meetings.begin(), view.body_meetings.end(), [](const DatedMark& a, const DatedMark& b) {
    return std::tie(a.date, a.title) < std::tie(b.date, b.title);
  });
}

}  // namespace

MunicipalYear default_year(const Programme& programme, std::string_view committee, Date as_of) {
  for (const Committee& candidate : programme.committees)
    if ((committee == "all" || candidate.id == committee) && !candidate.municipal_year.empty())
      if (auto year = parse_municipal_year(candidate.municipal_year)) return *year;
  return municipal_year_of(as_of);
}

std::optional<YearView> year_view(const Programme& programme, const PlanningCalendar& calendar, const Plan& plan,
                                  const YearRequest& request) {
  return year_view(programme, calendar, plan, programme_as_of(programme, request.as_of), request);
}

std::optional<YearView> year_view(const Programme& programme, const PlanningCalendar& calendar, const Plan& plan,
                                  const ProgrammeAsOf& papers, const YearRequest& request) {
  const bool all = request.committee == "all";
  const Committee* only = all ? nullptr : programme.committee(request.committee);
  if (!all && !only) return std::nullopt;
  YearView view;
  view.year = request.year.value_or(default_year(programme, request.committee, request.as_of));
  view.as_of = request.as_of;
  view.heading = (all ? programme.council.name : only->name) + ": the municipal year " + view.year.label;
  for (const CommitteePlan& part : plan.committees) {
    if (!all && part.committee != request.committee) continue;
    const Committee* committee = programme.committee(part.committee);
    Lane lane;
    lane.committee = committee->id;
    lane.label = committee->short_name.empty() ? committee->id : committee->short_name;
    lane.name = committee->name;
    lane.href = link(request, urls::work_programme_path(committee->id, urls::PageFormat::html));
    add_meetings(programme, part, request, view.year, lane);
    add_items(programme, calendar, papers, request, view.year, lane);
    add_flags(programme, part, request, view.year, lane);
    view.lanes.push_back(std::move(lane));
  }
  add_calendar(programme, calendar, view);
  add_bodies(programme, calendar, view);
  return view;
}

}  // namespace agendad::svg
