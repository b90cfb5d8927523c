// The agenda as JSON, for programs: the same draft, with dates as ISO 8601 and times as HH:MM
// on the Europe/London wall clock.
#include <nlohmann/json.hpp>

#include "feeds/pages/agenda.hpp"

namespace agendad::pages {

using planner::Attendance, planner::Member, planner::MemberRole, planner::Substitute, planner::iso;

namespace {
using json = nlohmann::ordered_json;

json members_json(const std::vector<Member>& members) {
  json out = json::array();
  for (const Member& member : members) {
    json m = {{"name", member.name}};
    if (!member.full_name.empty()) m["full_name"] = member.full_name;
    m["role"] = member.role == MemberRole::chair ? "chair" : member.role == MemberRole::vice_chair ? "vice_chair" : "member";
    out.push_back(std::move(m));
  }
  return out;
}

// Structured, for programs: the names as the membership has them; the chair is among the present.
json attendance_json(const std::optional<Attendance>& attendance) {
  if (!attendance) return nullptr;
  json substitutes = json::array();
  for (const Substitute& s : attendance->substitutes) substitutes.push_back({{"name", s.name}, {"for", s.for_member}});
  return {{"present", attendance->present},
          {"chair", attendance->chair.empty() ? json(nullptr) : json(attendance->chair)},
          {"apologies", attendance->apologies},
          {"substitutes", std::move(substitutes)},
          {"source", attendance->source}};
}

// The planner's proposals, apart from the items: each says it is proposed, not agreed.
json proposals_json(const std::vector<drafts::AgendaEntry>& proposals) {
  json out = json::array();
  for (const drafts::AgendaEntry& entry : proposals)
    out.push_back({{"key", entry.key}, {"title", entry.title}, {"text", entry.text}, {"status", "proposed"}});
  return out;
}
}  // namespace

std::string agenda_json(const drafts::AgendaDraft& draft) {
  json items = json::array();
  for (const drafts::AgendaEntry& entry : draft.entries) {
    json item = {{"number", entry.number}, {"key", entry.key}, {"title", entry.title}, {"text", entry.text}};
    if (!entry.includes.empty()) item["includes"] = entry.includes;
    item["pages"] = entry.pages ? json{{"first", entry.pages->first}, {"last", entry.pages->last}} : json(nullptr);
    if (!entry.exempt_note.empty()) item["exempt"] = entry.exempt_note;
    if (!entry.published_title.empty()) item["published_title"] = entry.published_title;
    if (!entry.resolutions.empty()) item["resolutions"] = entry.resolutions;
    items.push_back(std::move(item));
  }
  json out = {
      {"version", draft.members ? "members" : "public"},
      {"committee", {{"id", draft.committee_id}, {"name", draft.committee_name}}},
      {"meeting",
       {{"id", draft.meeting_id},
        {"date", iso(draft.date)},
        {"start", draft.start ? json(hh_mm(*draft.start)) : json(nullptr)},
        {"kind", draft.kind},
        {"status", draft.status},
        {"confirmed", draft.confirmed},
        {"proposed", draft.proposed}}},
      {"draft", draft.is_draft},
      {"publication", draft.publication ? json(iso(*draft.publication)) : json(nullptr)},
      {"marks", draft.marks},
      {"heading", draft.heading},
      {"date_and_time", draft.date_and_time},
      {"venue", draft.venue},
      {"start_confirmed", draft.start_confirmed},
      {"venue_confirmed", draft.venue_confirmed},
      {"membership", draft.membership},
      {"members", members_json(draft.member_list)},
      {"membership_notes", draft.membership_notes},
      {"attendance", attendance_json(draft.attendance)},
      {"notices", draft.notices},
      {"webcast_url", draft.webcast_url},
      {"items", std::move(items)},
      {"proposed_items", proposals_json(draft.proposals)},
      {"next_meeting", draft.next_meeting_date
                           ? json{{"date", iso(*draft.next_meeting_date)}, {"text", draft.next_meeting}}
                           : json(nullptr)},
      {"sign_off", draft.sign_off},
      {"pack", {{"pages", draft.pack_pages ? json(*draft.pack_pages) : json(nullptr)}, {"blank_pages", draft.blank_pages}}},
      {"notes", draft.notes},
  };
  // Invalid UTF-8 from a hand-edited file becomes U+FFFD rather than an exception mid-page.
  return out.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace agendad::pages
