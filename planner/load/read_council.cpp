#include <algorithm>
#include <array>

#include "planner/load/entries.hpp"
#include "planner/load/sections.hpp"

namespace agendad::planner::load {
namespace {

constexpr std::array<Named<BankHolidays>, 2> bank_holiday_names{
    {{"england-and-wales", BankHolidays::england_and_wales}, {"none", BankHolidays::none}}};

// A path the configuration gives, resolved against the file that gives it, with where it is given.
std::optional<NamedFile> named_file(const Fields& fields, std::string_view key) {
  auto path = fields.text(key);
  if (!path) return std::nullopt;
  return NamedFile{fields.source().resolve(*path), fields.source().at(*fields.value(key)), fields.path(key)};
}

using namespace std::literals;

constexpr std::array<Named<PriorityKey>, 4> priority_names{{{"deadline", PriorityKey::deadline},
                                                            {"merit", PriorityKey::merit},
                                                            {"age", PriorityKey::age},
                                                            {"agreed", PriorityKey::agreed}}};

// The order of the rank keys; a key given twice is an error, keys left out follow in the default
// order so that a council naming only `[merit]` still has every tie settled.
void read_priority(const Fields& rules, PlanningRules& planning) {
  auto list = rules.list("priority");
  if (!list) return;
  std::vector<PriorityKey> order;
  for (std::size_t k = 0; k < list->size(); ++k) {
    auto key = read_choice<PriorityKey>(rules.source(), (*list)[k], nth(rules.path("priority"), k), priority_names,
                                        "a rank key: deadline, merit, age or agreed");
    if (!key) continue;
    if (std::find(order.begin(), order.end(), *key) != order.end()) {
      rules.source().error((*list)[k], nth(rules.path("priority"), k), "is given twice", (*list)[k].Scalar(),
                           "each of deadline, merit, age and agreed at most once");
      continue;
    }
    order.push_back(*key);
  }
  for (PriorityKey key : default_priority())
    if (std::find(order.begin(), order.end(), key) == order.end()) order.push_back(key);
  planning.priority = std::move(order);
}

void read_notices(const Fields& council, Notices& notices) {
  auto node = council.value("notices");
  if (!node) return;
  static constexpr std::array known{"webcast"sv, "recording"sv, "webcast_url"sv};
  Fields fields(council.source(), *node, council.path("notices"), known);
  notices.webcast = fields.text_or_empty("webcast");
  notices.recording = fields.text_or_empty("recording");
  notices.webcast_url = fields.text_or_empty("webcast_url");
}

// A map of question key to wording, keeping the order the file gives.
std::vector<Question> read_questions(const Fields& selection, std::string_view key,
                                     std::span<const std::string_view> keys) {
  std::vector<Question> questions;
  auto node = selection.value(key);
  if (!node) return questions;
  Fields fields(selection.source(), *node, selection.path(key), keys);
  if (!fields.is_map()) return questions;
  for (const auto& entry : *node) {
    if (!entry.first.IsScalar()) continue;
    const std::string& name = entry.first.Scalar();
    if (std::find(keys.begin(), keys.end(), name) == keys.end()) continue;  // reported by Fields
    if (std::any_of(questions.begin(), questions.end(), [&](const Question& q) { return q.key == name; })) continue;
    if (auto text = fields.text(name)) questions.push_back({name, *text});
  }
  return questions;
}

void read_scale(const Fields& selection, SelectionCriteria& criteria) {
  auto node = selection.value("scale");
  if (!node) return;
  static constexpr std::array known{"min"sv, "max"sv, "threshold"sv};
  Fields fields(selection.source(), *node, selection.path("scale"), known);
  bool complete = fields.require_all({{"min", "the lowest score, such as 1"},
                                      {"max", "the highest score, such as 5"},
                                      {"threshold", "the total at which an item is shortlisted"}});
  auto min = fields.integer("min", 0, 100);
  auto max = fields.integer("max", 0, 100);
  auto threshold = fields.integer("threshold", 0, 500);
  if (!complete || !min || !max || !threshold) return;
  if (*min >= *max) {
    selection.source().error(*fields.value("max"), fields.path("max"), "must be above the lowest score",
                             std::to_string(*max), "more than " + std::to_string(*min));
    return;
  }
  if (*threshold < 5 * *min || *threshold > 5 * *max) {
    selection.source().error(*fields.value("threshold"), fields.path("threshold"),
                             "cannot be reached by five TOPIC scores on this scale", std::to_string(*threshold),
                             "a total from " + std::to_string(5 * *min) + " to " + std::to_string(5 * *max));
    return;
  }
  criteria.scale = TopicScale{*min, *max, *threshold};
}

void read_selection(const Fields& council, SelectionCriteria& criteria) {
  auto node = council.value("selection");
  if (!node) return;
  static constexpr std::array known{"endorsed_by"sv, "endorsed_on"sv, "starting_point"sv,
                                    "longlisting"sv, "topic"sv,       "scale"sv};
  Fields fields(council.source(), *node, council.path("selection"), known);
  criteria.endorsed_by = fields.text_or_empty("endorsed_by");
  criteria.endorsed_on = fields.date("endorsed_on");
  criteria.starting_point = fields.texts("starting_point");
  static constexpr std::array longlisting{"adds_value"sv, "looked_at_elsewhere"sv, "priority"sv};
  criteria.longlisting = read_questions(fields, "longlisting", longlisting);
  static constexpr std::array topic{"time"sv, "others"sv, "performance"sv, "interest"sv, "contribution"sv};
  criteria.topic = read_questions(fields, "topic", topic);
  read_scale(fields, criteria);
}

std::optional<std::pair<Date, Date>> read_period(const Fields& fields) {
  bool complete = fields.require_all({{"from", "the first day, as YYYY-MM-DD"}, {"to", "the last day, as YYYY-MM-DD"}});
  auto from = fields.date("from");
  auto to = fields.date("to");
  if (!complete || !from || !to) return std::nullopt;
  if (*to < *from) {
    fields.source().error(*fields.value("to"), fields.path("to"), "ends before it begins", iso(*to),
                          "a day on or after " + iso(*from));
    return std::nullopt;
  }
  return std::pair{*from, *to};
}

void read_closures(const Fields& rules, PlanningRules& planning) {
  auto list = rules.list("closures");
  if (!list) return;
  static constexpr std::array known{"from"sv, "to"sv, "reason"sv};
  for (std::size_t i = 0; i < list->size(); ++i) {
    const YAML::Node entry = (*list)[i];
    Fields fields(rules.source(), entry, nth(rules.path("closures"), i), known);
    if (!fields.is_map()) continue;
    auto period = read_period(fields);
    std::string reason = fields.text_or_empty("reason");
    if (period) planning.closures.push_back({period->first, period->second, reason, fields.where()});
  }
}

void read_blackouts(const Fields& rules, PlanningRules& planning) {
  auto list = rules.list("blackouts");
  if (!list) return;
  static constexpr std::array known{"from"sv, "to"sv, "reason"sv, "kinds"sv};
  for (std::size_t i = 0; i < list->size(); ++i) {
    const YAML::Node entry = (*list)[i];
    Fields fields(rules.source(), entry, nth(rules.path("blackouts"), i), known);
    if (!fields.is_map()) continue;
    auto period = read_period(fields);
    Blackout blackout{};
    blackout.reason = fields.text_or_empty("reason");
    if (auto kinds = fields.list("kinds"))
      for (std::size_t k = 0; k < kinds->size(); ++k)
        if (auto kind = read_choice<ItemKind>(rules.source(), (*kinds)[k],
                                              nth(fields.path("kinds"), k), item_kind_names(),
                                              "a kind of item"))
          blackout.kinds.push_back(*kind);
    if (!period) continue;
    blackout.from = period->first;
    blackout.to = period->second;
    blackout.where = fields.where();
    planning.blackouts.push_back(std::move(blackout));
  }
}

void read_rules(const Fields& council, PlanningRules& planning) {
  auto node = council.value("rules");
  if (!node) return;
  static constexpr std::array known{"publication_clear_days"sv, "report_deadline_working_days"sv,
                                    "capacity_items"sv,         "capacity_minutes"sv,
                                    "closures"sv,               "blackouts"sv,
                                    "bank_holidays"sv,          "closure_days"sv,
                                    "priority"sv};
  Fields fields(council.source(), *node, council.path("rules"), known);
  if (auto days = fields.integer("publication_clear_days", 5, 60)) planning.publication_clear_days = *days;
  planning.report_deadline_working_days = fields.integer("report_deadline_working_days", 0, 60);
  planning.capacity_items = fields.integer("capacity_items", 1, 50);
  planning.capacity_minutes = fields.integer("capacity_minutes", 1, 24 * 60);
  read_closures(fields, planning);
  read_blackouts(fields, planning);
  if (auto region = fields.choice<BankHolidays>("bank_holidays", bank_holiday_names,
                                                "a set of bank holidays agendad knows (name an iCalendar file "
                                                "of other days the offices close with closure_days)"))
    planning.bank_holidays = *region;
  planning.closure_days = named_file(fields, "closure_days");
  read_priority(fields, planning);
}

void read_calendar(const Fields& council, CalendarSettings& calendar) {
  auto node = council.value("calendar");
  if (!node) return;
  static constexpr std::array known{"base_url"sv, "refresh_minutes"sv, "default_duration_minutes"sv};
  Fields fields(council.source(), *node, council.path("calendar"), known);
  calendar.base_url = fields.text_or_empty("base_url");
  if (auto minutes = fields.integer("refresh_minutes", 1, 7 * 24 * 60)) calendar.refresh_minutes = *minutes;
  if (auto minutes = fields.integer("default_duration_minutes", 1, 24 * 60))
    calendar.default_duration_minutes = *minutes;
}

}  // namespace

void read_council(const Source& source, const YAML::Node& node, Council& council) {
  static constexpr std::array known{"name"sv,  "chief_executive"sv, "notices"sv,
                                    "selection"sv, "rules"sv,       "calendar"sv};
  Fields fields(source, node, "council", known);
  if (!fields.is_map()) return;
  council.where = fields.where();
  if (fields.require("name", "the council's name")) council.name = fields.text_or_empty("name");
  council.chief_executive = fields.text_or_empty("chief_executive");
  read_notices(fields, council.notices);
  read_selection(fields, council.selection);
  read_rules(fields, council.rules);
  read_calendar(fields, council.calendar);
}

void read_venues(const Source& source, const YAML::Node& node, Programme& programme) {
  static constexpr std::array known{"id"sv, "name"sv, "address"sv};
  read_list(source, node, "venues", "venues", {known, "an id such as town-hall", {"name", "the venue's name"}},
            programme.venues, [](const Entry& entry) {
              return Venue{entry.id, entry.fields.text_or_empty("name"), entry.fields.text_or_empty("address"),
                           entry.fields.where()};
            });
}

void read_bodies(const Source& source, const YAML::Node& node, Programme& programme) {
  static constexpr std::array known{"id"sv, "name"sv, "calendar"sv};
  read_list(source, node, "bodies", "bodies", {known, "an id such as cabinet", {"name", "the body's name"}},
            programme.bodies, [](const Entry& entry) {
              return Body{entry.id, entry.fields.text_or_empty("name"), named_file(entry.fields, "calendar"),
                          entry.fields.where()};
            });
}

}  // namespace agendad::planner::load
