#include "feeds/changes/diff.hpp"

#include <algorithm>
#include <cctype>
#include <set>

#include "feeds/urls/paths.hpp"

namespace agendad::changes {

using planner::day_month_year, planner::long_date;

namespace {

using Ids = std::set<std::string>;

std::string capitalised(std::string text) {
  if (!text.empty()) text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
  return text;
}

std::string when(const MeetingFacts& meeting) {
  return long_date(meeting.date) + (meeting.start ? " at " + agenda_time(*meeting.start) : ", time to be confirmed");
}

// A sentence's full stop, unless it already ends with one ("10.00 a.m.").
std::string sentence(const std::string& text) { return text.ends_with('.') ? text : text + "."; }

std::string agenda_of(const MeetingFacts& meeting) {
  return urls::agenda_path(meeting.committee, meeting.date, urls::AgendaFormat::html);
}

std::string work_programme_of(const std::string& committee) {
  return urls::work_programme_path(committee, urls::PageFormat::html);
}

Change change(const std::string& committee, std::string object, std::string path, const Wording& wording) {
  return {committee, std::move(object), std::move(path), wording, wording};
}

// Added, removed, moved, retimed, cancelled or restored.
void meeting_changes(const std::string& id, const MeetingFacts* before, const MeetingFacts* after, std::vector<Change>& out) {
  if (!before && !after) return;  // nothing on either side: nothing changed
  const std::string object = "meeting/" + id;
  if (!before || !after) {
    const MeetingFacts& meeting = before ? *before : *after;
    const std::string what = capitalised((meeting.proposed ? "proposed " : "") + meeting.kind) + " of " + day_month_year(meeting.date);
    const std::string verb = after ? (meeting.proposed ? " proposed by the planner" : " added")
                                   : (meeting.proposed ? " no longer proposed" : " removed from the programme");
    out.push_back(change(meeting.committee, object, agenda_of(meeting),
                         {what + verb, sentence((after ? "Now: " : "Was: ") + when(meeting))}));
    return;
  }
  const std::string what = capitalised(before->kind) + " of " + day_month_year(before->date);
  if (before->date != after->date)
    out.push_back(change(after->committee, object, agenda_of(*after),
                         {what + " moved to " + day_month_year(after->date),
                          sentence("Was " + when(*before) + "; now " + when(*after))}));
  else if (before->start != after->start)
    out.push_back(change(after->committee, object, agenda_of(*after),
                         {what + (after->start ? " now starts at " + agenda_time(*after->start) : " has no time now"),
                          sentence("Was " + when(*before) + "; now " + when(*after))}));
  if (before->cancelled != after->cancelled)
    out.push_back(change(after->committee, object, agenda_of(*after),
                         {what + (after->cancelled ? " cancelled" : " restored"),
                          after->cancelled ? "Was to be held " + when(*before) + "; now cancelled."
                                           : sentence("Was cancelled; now to be held " + when(*after))}));
}

std::string listed(const std::vector<std::string>& parts) {
  std::string text;
  for (const auto& part : parts) text += (text.empty() ? "" : "; ") + part;
  return text;
}

// The agenda's business, item by item, for one reader; empty when nothing changed for anyone.
std::string business_changes(const MeetingFacts& before, const MeetingFacts& after, const Ids& explained, bool members) {
  std::vector<std::string> added, removed, retitled, paged;
  const auto find = [](const MeetingFacts& in, const std::string& item) {
    return std::find_if(in.business.begin(), in.business.end(), [&](const Business& b) { return b.item == item; });
  };
  for (const auto& now : after.business) {
    const auto was = find(before, now.item);
    if (was == before.business.end()) {
      if (!explained.contains(now.item)) added.push_back(now.name.for_reader(members));
    } else if (was->name != now.name) {
      retitled.push_back(now.name.for_reader(members) + " (was " + was->name.for_reader(members) + ")");
    } else if (!was->pages && now.pages) {
      paged.push_back(now.name.for_reader(members) + ", " + std::to_string(*now.pages) + " pages");
    }
  }
  for (const auto& was : before.business)
    if (find(after, was.item) == after.business.end() && !explained.contains(was.item))
      removed.push_back(was.name.for_reader(members));
  std::vector<std::string> parts;
  if (!added.empty()) parts.push_back("added: " + listed(added));
  if (!removed.empty()) parts.push_back("removed: " + listed(removed));
  if (!retitled.empty()) parts.push_back("retitled: " + listed(retitled));
  if (!paged.empty()) parts.push_back("page count known: " + listed(paged));
  std::string text;
  for (const auto& part : parts) text += (text.empty() ? "" : ". ") + capitalised(part);
  return text.empty() ? text : text + ".";
}

void agenda_changes(const std::string& id, const MeetingFacts& before, const MeetingFacts& after, const Ids& explained,
                    std::vector<Change>& out) {
  const std::string summary = business_changes(before, after, explained, false);
  if (summary.empty()) return;
  const std::string title = "Agenda of " + day_month_year(after.date) + " changed";
  Change made = change(after.committee, "agenda/" + id, agenda_of(after), {title, summary});
  made.members_wording.summary = business_changes(before, after, explained, true);
  out.push_back(std::move(made));
}

bool waiting(const std::string& status) { return status == "awaiting date" || status == "deferred"; }

// An item awaiting a date gets one, or a booked item is deferred; new items awaiting a date.
void item_changes(const std::string& id, const ItemFacts* before, const ItemFacts& after, const Facts& now,
                  std::vector<Change>& out, Ids& explained) {
  const auto meeting = now.meetings.find(after.meeting);
  const auto on = [&] { return meeting == now.meetings.end() ? std::string("a meeting") : day_month_year(meeting->second.date); };
  std::string title, summary;
  if (!before && waiting(after.status)) {
    title = " added to the work programme, awaiting a date", summary = "New item awaiting a date.";
  } else if (before && waiting(before->status) && after.status == "booked") {
    title = " booked for " + on(), summary = "Was " + before->status + "; now booked for the meeting of " + on() + ".";
  } else if (before && before->status != "deferred" && after.status == "deferred") {
    title = " deferred from " + on(), summary = "Was " + before->status + "; now deferred, awaiting a new date.";
  } else {
    return;
  }
  explained.insert(id);
  Change made = change(after.committee, "item/" + id, work_programme_of(after.committee),
                       {after.name.title + title, summary});
  made.members_wording.title = after.name.for_reader(true) + title;
  out.push_back(std::move(made));
}

void flag_changes(const std::string& key, const FlagFacts* before, const FlagFacts* after, const Facts& now,
                  std::vector<Change>& out) {
  if (!before && !after) return;  // nothing on either side: nothing changed
  const FlagFacts& flag = after ? *after : *before;
  std::string path = work_programme_of(flag.committee);
  if (const auto meeting = now.meetings.find(flag.meeting); meeting != now.meetings.end())
    path = agenda_of(meeting->second);
  if (after && !before)
    out.push_back(change(flag.committee, "flag/" + key, path, {"Critical: " + flag.message, sentence("Now flagged: " + flag.message)}));
  else if (before && !after)
    out.push_back(change(flag.committee, "flag/" + key, path, {"Cleared: " + flag.message, sentence("No longer flagged: " + flag.message)}));
}

template <typename Value, typename Visit>
void each_key(const std::map<std::string, Value>& before, const std::map<std::string, Value>& after, Visit visit) {
  std::set<std::string> keys;
  for (const auto& [key, value] : before) keys.insert(key);
  for (const auto& [key, value] : after) keys.insert(key);
  for (const auto& key : keys) {
    const auto was = before.find(key);
    const auto now = after.find(key);
    visit(key, was == before.end() ? nullptr : &was->second, now == after.end() ? nullptr : &now->second);
  }
}

}  // namespace

std::vector<Change> diff(const Facts& before, const Facts& after) {
  std::vector<Change> meetings, agendas, items, flags;
  Ids explained;  // items whose own change already tells of their arrival on or leaving an agenda
  each_key(before.items, after.items, [&](const std::string& id, const ItemFacts* was, const ItemFacts* now) {
    if (now) item_changes(id, was, *now, after, items, explained);
  });
  each_key(before.meetings, after.meetings, [&](const std::string& id, const MeetingFacts* was, const MeetingFacts* now) {
    meeting_changes(id, was, now, meetings);
    if (was && now && !now->cancelled) agenda_changes(id, *was, *now, explained, agendas);
  });
  each_key(before.critical, after.critical, [&](const std::string& key, const FlagFacts* was, const FlagFacts* now) {
    flag_changes(key, was, now, after, flags);
  });
  std::vector<Change> all = std::move(meetings);
  for (auto* part : {&agendas, &items, &flags}) all.insert(all.end(), part->begin(), part->end());
  return all;
}

}  // namespace agendad::changes
