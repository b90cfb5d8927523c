#include <array>

#include "planner/load/entries.hpp"
#include "planner/load/sections.hpp"

namespace agendad::planner::load {
namespace {

using namespace std::literals;

constexpr std::array state_keys{"status"sv, "since"sv, "meeting"sv, "note"sv,
                                "reason"sv, "requested_by"sv, "minute"sv, "notes_public"sv};

// `latest` is the latest `since` of the states read so far: states are listed oldest first, and
// the dates the papers give must not run backwards.
std::optional<ItemState> read_state(const Fields& fields, const std::string& committee, bool current,
                                    std::optional<Date>& latest) {
  const Source& source = fields.source();
  fields.require("status", "one of proposed, longlisted, shortlisted, booked, awaiting_date, deferred, taken, withdrawn");
  auto status = fields.choice<ItemStatus>("status", item_status_names(), "an item status");
  ItemState state;
  state.since = fields.date("since");
  if (state.since && latest && *state.since < *latest)
    source.error(*fields.value("since"), fields.path("since"),
                 "comes before the date of an earlier state; list earlier states oldest first", iso(*state.since),
                 "a date on or after " + iso(*latest));
  if (state.since) latest = state.since;
  state.note = fields.text_or_empty("note");
  state.reason = fields.text_or_empty("reason");
  state.requested_by = fields.text_or_empty("requested_by");
  state.notes_public = fields.flag("notes_public").value_or(false);
  state.minute = fields.integer("minute", 1, 1000000);
  state.where = fields.where();
  auto meeting = fields.id("meeting");
  if (!status) return std::nullopt;
  state.status = *status;
  std::string word = fields.text_or_empty("status");
  bool needs_meeting = *status == ItemStatus::booked || *status == ItemStatus::taken;
  bool may_have_meeting = needs_meeting || *status == ItemStatus::deferred || *status == ItemStatus::withdrawn;
  if (needs_meeting && !fields.has("meeting"))
    source.error(*fields.value("status"), fields.path("meeting"),
                 "a " + word + " item must say which meeting it is " + (*status == ItemStatus::taken ? "taken at" : "booked on"),
                 "", "meeting: the id of a meeting");
  if (fields.has("meeting") && !may_have_meeting) {
    std::string message = *status == ItemStatus::awaiting_date
                              ? "the item is both booked on a meeting and awaiting a date; remove the meeting, "
                                "or set the status to booked"
                              : "a " + word + " item is not on a meeting yet; remove the meeting or change the status";
    source.error(*fields.value("meeting"), fields.path("meeting"), message, describe_node(*fields.value("meeting")),
                 "no meeting while the status is " + word);
  }
  if (fields.has("requested_by") && *status != ItemStatus::deferred && *status != ItemStatus::withdrawn)
    source.error(*fields.value("requested_by"), fields.path("requested_by"),
                 "only a deferral or withdrawal is requested by someone", word, "status deferred or withdrawn");
  if (meeting && state.minute && *status == ItemStatus::taken)  // other states are minuted elsewhere
    expect_minute_of(source, *fields.value("minute"), fields.path("minute"), *meeting, *state.minute);
  if (meeting) {
    state.meeting = *meeting;
    if (may_have_meeting) {
      bool booking = current && needs_meeting;  // history may name meetings since cancelled
      expect_meeting(source, *fields.value("meeting"), fields.path("meeting"), committee,
                     booking ? (*status == ItemStatus::taken ? "taken at" : "booked on") : "");
    }
  }
  return state;
}

void read_longlisting(const Fields& fields, Item& item) {
  auto node = fields.value("longlisting");
  if (!node) return;
  static constexpr std::array known{"adds_value"sv, "looked_at_elsewhere"sv, "elsewhere"sv, "priority"sv};
  Fields l(fields.source(), *node, fields.path("longlisting"), known);
  item.longlisting.adds_value = l.flag("adds_value");
  item.longlisting.looked_at_elsewhere = l.flag("looked_at_elsewhere");
  item.longlisting.elsewhere = l.text_or_empty("elsewhere");
  item.longlisting.priority = l.flag("priority");
}

// Scores are checked against the scale once the council's settings, perhaps in another file, are read.
void read_topic(const Fields& fields, Item& item) {
  auto node = fields.value("topic");
  if (!node) return;
  static constexpr std::array known{"time"sv, "others"sv, "performance"sv, "interest"sv, "contribution"sv};
  Fields t(fields.source(), *node, fields.path("topic"), known);
  if (!t.is_map()) return;
  bool complete = t.require_all({{"time", "a score"}, {"others", "a score"}, {"performance", "a score"},
                                 {"interest", "a score"}, {"contribution", "a score"}});
  TopicScores scores;
  std::array<int*, 5> targets{&scores.time, &scores.others, &scores.performance, &scores.interest,
                              &scores.contribution};
  for (std::size_t i = 0; i < known.size(); ++i) {
    auto score = t.integer(known[i], -1000, 1000);
    if (!score) {
      complete = false;
      continue;
    }
    *targets[i] = *score;
    SourceLocation where = fields.source().at(*t.value(known[i]));
    std::string field = t.path(known[i]);
    int value = *score;
    fields.source().run().later.push_back([where, field, value](const Lookup& lookup, Diagnostics& out) {
      const auto& scale = lookup.programme().council.selection.scale;
      if (!scale)
        out.push_back(make_diagnostic(Severity::error, where, field,
                                      "is a TOPIC score, but the council sets no scale for scoring",
                                      std::to_string(value), "council.selection.scale: {min, max, threshold}"));
      else if (value < scale->min || value > scale->max)
        out.push_back(make_diagnostic(Severity::error, where, field, "is outside the TOPIC scale",
                                      std::to_string(value),
                                      "a score from " + std::to_string(scale->min) + " to " + std::to_string(scale->max)));
    });
  }
  if (complete) item.topic = scores;
}

// joint_with: a body the item is taken jointly with; possibly_joint_with: one it may be.
void read_joint(const Fields& fields, Item& item) {
  const Source& source = fields.source();
  if (fields.has("joint_with") && fields.has("possibly_joint_with")) {
    source.error(*fields.value("possibly_joint_with"), fields.path("possibly_joint_with"),
                 "is given with joint_with: an item is taken jointly or possibly jointly, not both", "",
                 "joint_with: or possibly_joint_with:, not both");
    return;
  }
  for (const std::string_view key : {"joint_with"sv, "possibly_joint_with"sv}) {
    auto joint = fields.id(key);
    if (!joint) continue;
    item.constraints.joint_with = *joint;
    item.constraints.joint_optional = key == "possibly_joint_with";
    expect_body(source, *fields.value(key), fields.path(key), *joint);
  }
}

void read_available_by(const Fields& fields, Item& item) {
  auto node = fields.value("available_by");
  if (!node) return;
  static constexpr std::array known{"date"sv, "month"sv, "source"sv, "estimate"sv};
  Fields a(fields.source(), *node, fields.path("available_by"), known);
  if (!a.is_map()) return;
  if (a.has("month") == a.has("date")) {
    fields.source().error(*node, a.path(a.has("month") ? "month" : "date"),
                          a.has("month") ? "give the month or the date by which its paper will exist, not both"
                                         : "says nothing of when its paper will exist",
                          "", "month: YYYY-MM or date: YYYY-MM-DD");
    return;
  }
  if (!a.require("source", "source: the words and the paper that give the date")) return;
  AvailableBy available;
  available.month = a.month("month");
  available.date = a.date("date");
  available.source = a.text_or_empty("source");
  available.estimate = a.flag("estimate").value_or(false);
  if (!available.month && !available.date) return;
  item.constraints.available_by = std::move(available);
}

void read_due_before(const Fields& fields, Item& item) {
  auto node = fields.value("due_before");
  if (!node) return;
  static constexpr std::array known{"date"sv, "body"sv, "month"sv, "why"sv};
  Fields d(fields.source(), *node, fields.path("due_before"), known);
  if (!d.is_map()) return;
  const Source& source = fields.source();
  DueBefore due;
  due.why = d.text_or_empty("why");
  auto body = d.id("body");
  if (body) {
    due.body = *body;
    expect_body(source, *d.value("body"), d.path("body"), *body);
    if (d.has("month") == d.has("date")) {
      source.error(*node, d.path(d.has("month") ? "month" : "date"),
                   d.has("month") ? "give the month or the date of the body's meeting, not both"
                                  : "says which body but not when it meets",
                   "", "month: YYYY-MM or date: YYYY-MM-DD");
      return;
    }
    due.body_month = d.month("month");
    due.body_date = d.date("date");
    if (!due.body_month && !due.body_date) return;
  } else if (!d.has("body")) {
    if (d.has("month")) {
      source.error(*d.value("month"), d.path("month"), "a month is given but no body whose meeting it is", "",
                   "body: the id of a body, such as cabinet");
      return;
    }
    if (!d.require("date", "date: YYYY-MM-DD, or body: with month: or date:")) return;
    due.date = d.date("date");
    if (!due.date) return;
  } else {
    return;
  }
  item.constraints.due_before = std::move(due);
}

void read_exempt(const Fields& fields, Item& item) {
  auto node = fields.value("exempt");
  if (!node) return;
  static constexpr std::array known{"paragraph"sv, "public_title"sv};
  Fields e(fields.source(), *node, fields.path("exempt"), known);
  if (!e.is_map()) return;
  bool complete = e.require_all({{"paragraph", "the Schedule 12A paragraph, 1 to 7"},
                                 {"public_title", "the title the public agenda may show"}});
  auto paragraph = e.integer("paragraph", 1, 7);
  auto title = e.text("public_title");
  if (complete && paragraph && title) item.exempt = Exemption{*paragraph, *title};
}

// The item's fields after its id; false when it has no current state, without which it is not kept.
bool read_item_fields(const Fields& fields, const Committee& committee, Item& item) {
  const Source& source = fields.source();
  item.title = fields.text_or_empty("title");
  item.work_programme_title = fields.text_or_empty("work_programme_title");
  item.description = fields.text_or_empty("description");
  item.includes = fields.texts("includes");
  item.kind = fields.choice<ItemKind>("kind", item_kind_names(), "a kind of item");
  item.lead_service = fields.text_or_empty("lead_service");
  item.lead_officer = fields.text_or_empty("lead_officer");
  item.cabinet_member = fields.text_or_empty("cabinet_member");
  std::optional<Date> latest;
  if (auto earlier = fields.list("earlier")) {
    for (std::size_t i = 0; i < earlier->size(); ++i) {
      Fields state(source, (*earlier)[i], nth(fields.path("earlier"), i), state_keys);
      if (!state.is_map()) continue;
      if (auto s = read_state(state, committee.id, false, latest)) item.history.push_back(std::move(*s));
    }
  }
  auto current = read_state(fields, committee.id, true, latest);
  read_longlisting(fields, item);
  read_topic(fields, item);
  item.constraints.not_before = fields.date("not_before");
  read_due_before(fields, item);
  read_available_by(fields, item);
  read_joint(fields, item);
  read_exempt(fields, item);
  item.pages = fields.integer("pages", 1, 10000);
  if (auto papers = fields.value("papers")) item.papers = read_papers(source, *papers, fields.path("papers"));
  item.report_received = fields.flag("report_received").value_or(false);
  item.known_from = fields.date("known_from");
  item.waiting_since = fields.date("waiting_since");
  if (!current) return false;
  item.history.push_back(std::move(*current));  // the last state is the current one
  return true;
}

}  // namespace

void read_item(const Source& source, const YAML::Node& node, const std::string& path, const Committee& committee,
               Programme& programme) {
  static constexpr std::array known{
      "id"sv,          "title"sv,        "work_programme_title"sv, "description"sv, "includes"sv,   "kind"sv,
      "lead_service"sv, "lead_officer"sv, "cabinet_member"sv,      "status"sv,      "since"sv,      "meeting"sv,
      "note"sv,        "reason"sv,       "requested_by"sv,         "minute"sv,      "earlier"sv,    "longlisting"sv,
      "topic"sv,       "not_before"sv,   "available_by"sv, "due_before"sv,           "joint_with"sv,  "exempt"sv,     "pages"sv,
      "report_received"sv, "known_from"sv, "waiting_since"sv, "possibly_joint_with"sv, "papers"sv,
      "notes_public"sv};
  const EntryShape shape{known, "an id such as ofsted-focused-visit", {"title", "the item's title"}};
  read_owned(source, node, path, shape, committee, programme.items,
             [&](const Fields& fields, Item& item) { return read_item_fields(fields, committee, item); });
}

}  // namespace agendad::planner::load
