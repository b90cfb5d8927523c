#include <array>

#include "planner/load/sections.hpp"

namespace agendad::planner::load {
namespace {

using namespace std::literals;

void read_moves(const Fields& fields, Meeting& meeting) {
  auto list = fields.list("moves");
  if (!list) return;
  static constexpr std::array known{"from_date"sv, "from_start"sv, "reason"sv, "requested_by"sv};
  for (std::size_t i = 0; i < list->size(); ++i) {
    Fields m(fields.source(), (*list)[i], nth(fields.path("moves"), i), known);
    if (!m.is_map()) continue;
    m.require("from_date", "the date the meeting was moved from, as YYYY-MM-DD");
    auto from = m.date("from_date");
    Move move{from.value_or(Date{}), m.time("from_start"), m.text_or_empty("reason"), m.text_or_empty("requested_by")};
    if (from) meeting.moves.push_back(std::move(move));
  }
}

void read_pages(const Fields& fields, Meeting& meeting) {
  auto node = fields.value("pages");
  if (!node) return;
  const Source& source = fields.source();
  if (!node->IsMap()) {
    source.error(*node, fields.path("pages"), "should map each document to its number of pages",
                 describe_node(*node), "a map such as {front_sheet: 2, minutes: 14}");
    return;
  }
  for (const auto& entry : *node) {
    auto document = read_id(source, entry.first, fields.path("pages"));
    if (!document) continue;
    std::string path = fields.path("pages") + "." + *document;
    if (meeting.document_pages.count(*document)) {
      source.error(entry.first, path, "is given twice", *document, "each document once");
      continue;
    }
    if (auto pages = read_integer(source, entry.second, path, 1, 10000)) meeting.document_pages[*document] = *pages;
  }
}

// papers: {minutes: minutes/2024-07-30.pdf}: the PDF files of a standing item's document.
void read_document_papers(const Fields& fields, Meeting& meeting) {
  auto node = fields.value("papers");
  if (!node) return;
  const Source& source = fields.source();
  if (!node->IsMap()) {
    source.error(*node, fields.path("papers"), "should map each document to its PDF file or files",
                 describe_node(*node), "a map such as {minutes: papers/minutes-2024-07-30.pdf}");
    return;
  }
  for (const auto& entry : *node) {
    auto document = read_id(source, entry.first, fields.path("papers"));
    if (!document) continue;
    std::string path = fields.path("papers") + "." + *document;
    if (meeting.document_papers.count(*document)) {
      source.error(entry.first, path, "is given twice", *document, "each document once");
      continue;
    }
    meeting.document_papers[*document] = read_papers(source, entry.second, path);
  }
}

void read_minutes(const Fields& fields, Meeting& meeting) {
  auto node = fields.value("minutes");
  if (!node) return;
  static constexpr std::array known{"first"sv, "last"sv};
  Fields m(fields.source(), *node, fields.path("minutes"), known);
  if (!m.is_map()) return;
  m.require_all({{"first", "the number of the first minute"}, {"last", "the number of the last minute"}});
  auto first = m.integer("first", 1, 1000000);
  auto last = m.integer("last", 1, 1000000);
  if (first && last && *last < *first) {
    fields.source().error(*m.value("last"), m.path("last"), "comes before the first minute", std::to_string(*last),
                          "a number from " + std::to_string(*first));
    return;
  }
  meeting.first_minute = first;
  meeting.last_minute = last;
}

// Start, end and duration, with the committee's usual start for formal meetings that give none.
void read_times(const Fields& fields, const Committee& committee, Meeting& meeting) {
  const Source& source = fields.source();
  meeting.start = fields.time("start");
  if (!fields.has("start") && is_formal(meeting)) {
    meeting.start = committee.start;
    meeting.start_assumed = committee.start.has_value();
  }
  meeting.end = fields.time("end");
  meeting.duration_minutes = fields.integer("duration_minutes", 1, 24 * 60);
  if (fields.has("end") && fields.has("duration_minutes"))
    source.error(*fields.value("duration_minutes"), fields.path("duration_minutes"),
                 "is given as well as an end time; give one or the other", "both end and duration_minutes",
                 "end or duration_minutes");
  if (meeting.end && !meeting.start)
    source.error(*fields.value("end"), fields.path("end"), "is given but the meeting has no start time",
                 hh_mm(*meeting.end), "a start time as well");
  if (meeting.end && meeting.start && *meeting.end <= *meeting.start)
    source.error(*fields.value("end"), fields.path("end"), "is not after the start", hh_mm(*meeting.end),
                 "a time after " + hh_mm(*meeting.start));
  if (meeting.duration_minutes && meeting.start &&
      meeting.start->minutes_since_midnight() + *meeting.duration_minutes > 24 * 60)
    source.error(*fields.value("duration_minutes"), fields.path("duration_minutes"), "runs past midnight",
                 std::to_string(*meeting.duration_minutes),
                 "at most " + std::to_string(24 * 60 - meeting.start->minutes_since_midnight()) + " minutes");
}

void read_joint(const Fields& fields, Meeting& meeting) {
  const Source& source = fields.source();
  if (auto joint = fields.id("joint_with")) {
    meeting.joint_with = *joint;
    if (*joint == meeting.committee)
      source.error(*fields.value("joint_with"), fields.path("joint_with"), "names the meeting's own committee",
                   *joint, "another committee or body");
    else
      expect_body(source, *fields.value("joint_with"), fields.path("joint_with"), *joint);
    if (meeting.kind != MeetingKind::joint)
      source.error(*fields.value("joint_with"), fields.path("joint_with"),
                   "is given but the meeting is not a joint meeting", to_string(meeting.kind), "kind: joint");
  } else if (meeting.kind == MeetingKind::joint && !fields.has("joint_with")) {
    source.error(*fields.value("kind"), fields.path("joint_with"), "a joint meeting must say whom it is held with",
                 "", "joint_with: the id of a committee or body");
  }
}

}  // namespace

void read_meeting(const Source& source, const YAML::Node& node, const std::string& path, const Committee& committee,
                  Programme& programme) {
  static constexpr std::array known{"id"sv,        "date"sv,   "start"sv,   "end"sv,       "duration_minutes"sv,
                                    "venue"sv,     "kind"sv,   "joint_with"sv, "format"sv, "status"sv,
                                    "status_reason"sv, "confirmed"sv, "moves"sv, "webcast"sv, "pages"sv, "papers"sv,
                                    "minutes"sv, "attendance"sv, "capacity_items"sv, "notes_public"sv};
  Fields fields(source, node, path, known);
  if (!fields.is_map()) return;
  bool complete = fields.require_all({{"id", "an id such as ilsc-2024-09-17"}, {"date", "the date as YYYY-MM-DD"}});
  Meeting meeting;
  meeting.where = fields.where();
  meeting.committee = committee.id;
  meeting.id = fields.id("id").value_or("");
  auto date = fields.date("date");
  meeting.kind = fields.choice<MeetingKind>("kind", meeting_kind_names(), "a kind of meeting").value_or(MeetingKind::ordinary);
  meeting.status =
      fields.choice<MeetingStatus>("status", meeting_status_names(), "a meeting status").value_or(MeetingStatus::scheduled);
  meeting.status_reason = fields.text_or_empty("status_reason");
  meeting.notes_public = fields.flag("notes_public").value_or(false);
  meeting.format = fields.text_or_empty("format");
  meeting.confirmed = fields.flag("confirmed").value_or(true);
  meeting.webcast = fields.flag("webcast");
  meeting.capacity_items = fields.integer("capacity_items", 0, 50);
  read_times(fields, committee, meeting);
  if (auto venue = fields.id("venue")) {
    meeting.venue = *venue;
    expect_venue(source, *fields.value("venue"), fields.path("venue"), *venue);
  } else if (!fields.has("venue")) {
    meeting.venue = committee.venue;
    meeting.venue_assumed = !committee.venue.empty();
  }
  read_joint(fields, meeting);
  read_moves(fields, meeting);
  if (meeting.status == MeetingStatus::moved && meeting.moves.empty() && !fields.has("moves"))
    source.error(*fields.value("status"), fields.path("moves"), "a moved meeting must say where it was moved from",
                 "", "moves: a list of {from_date, reason}");
  read_pages(fields, meeting);
  read_document_papers(fields, meeting);
  read_minutes(fields, meeting);
  read_attendance(fields, committee, date, meeting);
  if (!complete || !date || meeting.id.empty()) {
    source.refused(meeting.id);
    return;
  }
  meeting.date = *date;
  if (is_weekend(*date))
    source.warning(*fields.value("date"), fields.path("date"),
                   "falls on a " + weekday_name(weekday_of(*date)) + "; is the date right?");
  programme.meetings.push_back(std::move(meeting));
}

}  // namespace agendad::planner::load
