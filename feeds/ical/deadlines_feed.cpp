// The officers' deadlines feed (declared in feed.hpp).
#include <algorithm>

#include "feeds/ical/calendar_builder.hpp"
#include "feeds/ical/feed.hpp"
#include "feeds/ical/meeting_event.hpp"
#include "planner/rules/deadline.hpp"
#include "planner/rules/earliest.hpp"
#include "planner/rules/timetable.hpp"

namespace agendad::ical {

using planner::Action, planner::Committee, planner::Date, planner::Item, planner::ItemStatus, planner::Meeting,
    planner::PlanningCalendar, planner::PlanningRules, planner::Programme, planner::Result, planner::Timetable,
    planner::WorkingCalendar, planner::add_days, planner::day_month_year, planner::long_date,
    planner::sources::ComponentPtr;

namespace {

// An all-day event on `day` (DTEND the next day, exclusive) that moves with its meeting.
icalcomponent* deadline_vevent(const std::string& uid, Date day, const std::string& summary, const std::string& text,
                               const MeetingEvent& event, const Meeting& meeting, const FeedOptions& options,
                               const SequenceState& state) {
  icalcomponent* vevent = icalcomponent_new(ICAL_VEVENT_COMPONENT);
  icalcomponent_add_property(vevent, icalproperty_new_uid(uid.c_str()));
  add_revision(vevent, state, meeting.id);
  icalcomponent_add_property(vevent, wall_clock_property(ICAL_DTSTART_PROPERTY, day, std::nullopt));
  icalcomponent_add_property(vevent, wall_clock_property(ICAL_DTEND_PROPERTY, add_days(day, 1), std::nullopt));
  icalcomponent_add_property(vevent, icalproperty_new_summary(summary.c_str()));
  std::string description = text;
  if (!options.base_url.empty()) description += "\n\nAgenda page: " + agenda_url(options.base_url, meeting);
  icalcomponent_add_property(vevent, icalproperty_new_description(description.c_str()));
  if (!options.base_url.empty())  // a URL must be absolute: none where the address is unknown
    icalcomponent_add_property(vevent, icalproperty_new_url(agenda_url(options.base_url, meeting).c_str()));
  // Cancelled or tentative as the meeting is.
  icalcomponent_add_property(vevent, icalproperty_new_status(icalproperty_string_to_status(event.status.c_str())));
  // A deadline is a reminder, not an appointment: it does not make anyone busy.
  icalcomponent_add_property(vevent, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
  return vevent;
}

std::string reports_list(const Programme& programme, const Meeting& meeting, bool members) {
  std::string list;
  for (const Item* item : programme.items_on(meeting.id)) list += "\n- " + shown_title(*item, members);
  return list.empty() ? "" : "\n\nOn the agenda:" + list;
}

icalcomponent* action_vtodo(const Programme& programme, const Action& action, const SequenceState& state) {
  icalcomponent* vtodo = icalcomponent_new(ICAL_VTODO_COMPONENT);
  icalcomponent_add_property(vtodo, icalproperty_new_uid((action.id + ".action@agendad").c_str()));
  add_revision(vtodo, state, action.meeting);
  if (action.due) icalcomponent_add_property(vtodo, wall_clock_property(ICAL_DUE_PROPERTY, *action.due, std::nullopt));
  std::string summary = "Owed to " + action.owed_to + ": " + action.owed;
  icalcomponent_add_property(vtodo, icalproperty_new_summary(summary.c_str()));
  std::string text;
  if (const Meeting* meeting = programme.meeting(action.meeting)) {
    text = "Resolved at the meeting of " + long_date(meeting->date);
    if (action.minute) text += ", minute " + std::to_string(*action.minute);
    text += ".";
  }
  if (!action.owed_by.empty()) text += (text.empty() ? "" : " ") + std::string("Owed by ") + action.owed_by + ".";
  if (!text.empty()) icalcomponent_add_property(vtodo, icalproperty_new_description(text.c_str()));
  icalcomponent_add_property(vtodo,
                             icalproperty_new_status(action.done ? ICAL_STATUS_COMPLETED : ICAL_STATUS_NEEDSACTION));
  return vtodo;
}

// An item's own deadline ("before Cabinet in July 2025") as an all-day event on the day it must
// precede, quoting the resolution and its paper's expected date, TENTATIVE where the day is assumed.
icalcomponent* item_deadline_vevent(const Programme& programme, const PlanningCalendar& calendar, const Item& item,
                                    const Committee& committee, bool members, const SequenceState& state) {
  const auto deadline = resolve_deadline(programme, calendar, item);
  if (!deadline) return nullptr;
  icalcomponent* vevent = icalcomponent_new(ICAL_VEVENT_COMPONENT);
  icalcomponent_add_property(vevent, icalproperty_new_uid((item.id + ".deadline@agendad").c_str()));
  add_revision(vevent, state, item.id);
  icalcomponent_add_property(vevent, wall_clock_property(ICAL_DTSTART_PROPERTY, deadline->before, std::nullopt));
  icalcomponent_add_property(vevent, wall_clock_property(ICAL_DTEND_PROPERTY, add_days(deadline->before, 1), std::nullopt));
  const std::string summary = "Deadline: " + shown_title(item, members) + " to the " + committee.name + " before " + deadline->what;
  icalcomponent_add_property(vevent, icalproperty_new_summary(summary.c_str()));
  std::string text = "It must be taken at a meeting before " + deadline->what + ".";
  if (deadline->assumed)
    text += " No date is known for that meeting, so " + day_month_year(deadline->before) + " is assumed (an estimate).";
  if (!item.constraints.due_before->why.empty()) text += "\n\nSource: " + item.constraints.due_before->why + ".";
  if (auto earliest = earliest_day(item))
    text += "\n\nNot before " + earliest->what + (earliest->source.empty() ? "." : ": " + earliest->source);
  icalcomponent_add_property(vevent, icalproperty_new_description(text.c_str()));
  icalcomponent_add_property(vevent, icalproperty_new_status(deadline->assumed ? ICAL_STATUS_TENTATIVE : ICAL_STATUS_CONFIRMED));
  icalcomponent_add_property(vevent, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
  return vevent;
}

}  // namespace

Result<std::string> render_deadlines_feed(const Programme& programme, std::string_view committee_id,
                                          const PlanningCalendar& calendar, const FeedOptions& options,
                                          const SequenceState& state) {
  const Committee* committee = programme.committee(committee_id);
  if (!committee) return unknown_committee(committee_id);
  const PlanningRules& rules = programme.council.rules;
  WorkingCalendar working = working_calendar(calendar, rules);
  struct Entry {
    Date day;
    std::string uid;
    icalcomponent* component;
  };
  std::vector<Entry> entries;
  for (const Meeting* meeting : programme.meetings_of(committee_id)) {
    if (!is_formal(*meeting)) continue;  // a workshop has no agenda pack
    Timetable dates = timetable(working, rules, *meeting);
    MeetingEvent event = meeting_event(programme, *meeting);
    std::string name = committee->name + ", " + long_date(meeting->date);
    std::string uid = meeting->id + ".publication@agendad";
    entries.push_back(
        {dates.publication, uid,
         deadline_vevent(uid, dates.publication, "Agenda published: " + name,
                         "The latest day to publish the agenda, leaving " +
                             std::to_string(rules.publication_clear_days) + " clear working days before the meeting." +
                             reports_list(programme, *meeting, options.members),
                         event, *meeting, options, state)});
    if (dates.report_deadline) {
      uid = meeting->id + ".reports@agendad";
      entries.push_back(
          {*dates.report_deadline, uid,
           deadline_vevent(
               uid, *dates.report_deadline, "Reports due: " + name,
               "Reports for the meeting are due to the governance advisor" +
                   (committee->governance_advisor.empty() ? std::string() : ", " + committee->governance_advisor) +
                   "." + reports_list(programme, *meeting, options.members),
               event, *meeting, options, state)});
    }
  }
  for (const Item* own : programme.items_of(committee_id)) {
    const Item& item = *own;
    if (item.current().status == ItemStatus::taken || item.current().status == ItemStatus::withdrawn) continue;
    if (icalcomponent* vevent = item_deadline_vevent(programme, calendar, item, *committee, options.members, state))
      entries.push_back({resolve_deadline(programme, calendar, item)->before, item.id + ".deadline@agendad", vevent});
  }
  std::sort(entries.begin(), entries.end(),
            [](const Entry& a, const Entry& b) { return std::tie(a.day, a.uid) < std::tie(b.day, b.uid); });
  CalendarHeader header{
      committee->name + ": deadlines" + (options.members ? " (members' version)" : ""),
      "Agenda publication and report deadlines of the " + committee->name + ", and the actions it is owed"};
  ComponentPtr feed = new_calendar(header, options);
  for (const Entry& entry : entries) icalcomponent_add_component(feed.get(), entry.component);
  std::vector<const Action*> actions = programme.actions_of(committee_id);
  std::sort(actions.begin(), actions.end(), [](const Action* a, const Action* b) { return a->id < b->id; });
  for (const Action* action : actions) icalcomponent_add_component(feed.get(), action_vtodo(programme, *action, state));
  return serialise(feed);
}

}  // namespace agendad::ical
