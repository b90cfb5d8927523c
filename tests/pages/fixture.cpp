#include "tests/pages/fixture.hpp"

#include <algorithm>
#include <stdexcept>

namespace agendad::testing {

using planner::Committee, planner::Date, planner::Item, planner::ItemKind, planner::ItemState, planner::ItemStatus,
    planner::Meeting, planner::MeetingKind, planner::MemberRole, planner::Plan, planner::PlanningCalendar,
    planner::Programme, planner::StandingItem, planner::Venue, planner::WallTime, planner::add_days, planner::iso;

namespace {

StandingItem standing(std::string key, std::string title, std::string text, std::string document = {}) {
  StandingItem item;
  item.key = std::move(key);
  item.title = std::move(title);
  item.text = std::move(text);
  item.document = std::move(document);
  return item;
}

Meeting meeting(std::string id, Date date) {
  Meeting m;
  m.id = std::move(id);
  m.committee = "ilsc";
  m.date = date;
  // The start and venue the loader gives a meeting from its committee's defaults.
  m.start = WallTime{10, 0};
  m.venue = "town-hall";
  return m;
}

Item booked(std::string id, std::string title, std::string meeting_id) {
  Item item;
  item.id = std::move(id);
  item.committee = "ilsc";
  item.title = std::move(title);
  ItemState state;
  state.status = ItemStatus::booked;
  state.meeting = std::move(meeting_id);
  item.history.push_back(state);
  return item;
}

}  // namespace

Date on(int year, unsigned month, unsigned day) {
  return std::chrono::year{year} / std::chrono::month{month} / std::chrono::day{day};
}

Programme small_programme() {
  Programme p;
  p.council.name = "Rotherham Metropolitan Borough Council";
  p.council.chief_executive = "SHARON KEMP OBE";
  p.council.notices.webcast = "This meeting will be webcast live.";
  p.council.notices.recording = "Rotherham Council advocates openness and transparency.";
  p.council.calendar.base_url = "https://agendad.example.org";
  p.venues.push_back(Venue{"town-hall", "Rotherham Town Hall", "The Crofts, Moorgate Street, Rotherham. S60 2TH", {}});

  Committee c;
  c.id = "ilsc";
  c.name = "Improving Lives Select Commission";
  c.start = WallTime{10, 0};
  c.venue = "town-hall";
  c.webcast = true;
  c.members = {{"Pitchley", "Lyndsay Pitchley", MemberRole::chair},
               {"Knight", "Stuart Knight", MemberRole::vice_chair},
               {"Baggaley", "", MemberRole::member},
               {"Sutton", "", MemberRole::member}};
  c.standing_before_business = {
      standing("apologies", "Apologies for Absence", "To receive the apologies."),
      standing("minutes", "Minutes of the Previous Meeting", "The minutes of the meeting held on {previous_meeting}.",
               "minutes"),
      standing("exclusion", "Exclusion of the Press and Public",
               "To consider whether the press and public should be excluded.")};
  c.standing_after_business = {
      standing("work_programme", "Work Programme", "To consider the Work Programme.", "work_programme"),
      standing("urgent_business", "Urgent Business", "To consider any urgent item.")};
  p.committees.push_back(c);

  p.meetings.push_back(meeting("ilsc-2024-07-30", on(2024, 7, 30)));
  Meeting september = meeting("ilsc-2024-09-17", on(2024, 9, 17));
  september.document_pages = {{"front_sheet", 2}, {"minutes", 14}, {"work_programme", 3}};
  p.meetings.push_back(september);
  Meeting workshop = meeting("ilsc-2024-10-21-workshop", on(2024, 10, 21));
  workshop.kind = MeetingKind::workshop;
  p.meetings.push_back(workshop);
  p.meetings.push_back(meeting("ilsc-2024-10-29", on(2024, 10, 29)));
  p.meetings.push_back(meeting("ilsc-2024-12-03", on(2024, 12, 3)));

  Item update = booked("cppb-update", "Corporate Parenting Partnership Board Update", "ilsc-2024-09-17");
  update.kind = ItemKind::verbal_update;
  update.description = "To receive a verbal update from the Vice-Chair.";
  p.items.push_back(update);
  Item ofsted = booked("ofsted-focused-visit", "Ofsted Focused Visit Outcome", "ilsc-2024-09-17");
  ofsted.kind = ItemKind::report;
  ofsted.pages = 5;
  ofsted.description = "An overview of the outcomes from the Ofsted Focused Visit.";
  p.items.push_back(ofsted);
  return p;
}

Meeting& meeting_on(Programme& programme, Date date) {
  for (Meeting& m : programme.meetings)
    if (m.date == date && is_formal(m)) return m;
  throw std::logic_error("the fixture has no formal meeting on " + iso(date));
}

Plan plan_on(const Programme& programme, Date as_of) { return plan(programme, PlanningCalendar{}, as_of); }

Plan settled(const Programme& programme) {
  Date last = on(2000, 1, 1);
  for (const Meeting& meeting : programme.meetings) last = std::max(last, meeting.date);
  return plan_on(programme, add_days(last, 1));
}

}  // namespace agendad::testing
