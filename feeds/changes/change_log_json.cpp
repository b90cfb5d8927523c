// The change log's state file: JSON, read strictly (anything unexpected makes it malformed, and the
// daemon then starts a new log with a warning, as it does for the SEQUENCE state).
#include <nlohmann/json.hpp>

#include "feeds/changes/change_log.hpp"

namespace agendad::changes {

using planner::Date, planner::iso, planner::parse_iso_date, planner::parse_wall_time;

namespace {

using nlohmann::json;

json titled(const Titled& name) { return {{"title", name.title}, {"members_title", name.members_title}}; }
Titled titled(const json& j) { return {j.at("title").get<std::string>(), j.at("members_title").get<std::string>()}; }

json wording(const Wording& w) { return {{"title", w.title}, {"summary", w.summary}}; }
Wording wording(const json& j) { return {j.at("title").get<std::string>(), j.at("summary").get<std::string>()}; }

Date date(const json& j) {
  auto parsed = parse_iso_date(j.get<std::string>());
  if (!parsed) throw std::invalid_argument("date");
  return *parsed;
}

json meeting(const MeetingFacts& m) {
  json business = json::array();
  for (const auto& b : m.business)
    business.push_back({{"item", b.item}, {"name", titled(b.name)}, {"pages", b.pages ? json(*b.pages) : json()}});
  return {{"committee", m.committee}, {"date", iso(m.date)},       {"start", m.start ? json(hh_mm(*m.start)) : json()},
          {"cancelled", m.cancelled}, {"proposed", m.proposed},   {"kind", m.kind},
          {"business", business}};
}

MeetingFacts meeting(const json& j) {
  MeetingFacts m{j.at("committee").get<std::string>(), date(j.at("date")), std::nullopt, j.at("cancelled").get<bool>(),
                 j.at("proposed").get<bool>(), j.at("kind").get<std::string>(), {}};
  if (!j.at("start").is_null()) {
    m.start = parse_wall_time(j.at("start").get<std::string>());
    if (!m.start) throw std::invalid_argument("start");
  }
  for (const auto& b : j.at("business"))
    m.business.push_back({b.at("item").get<std::string>(), titled(b.at("name")),
                          b.at("pages").is_null() ? std::nullopt : std::optional<int>(b.at("pages").get<int>())});
  return m;
}

json facts(const Facts& f) {
  json meetings = json::object(), items = json::object(), critical = json::object();
  for (const auto& [id, m] : f.meetings) meetings[id] = meeting(m);
  for (const auto& [id, i] : f.items)
    items[id] = {{"committee", i.committee}, {"name", titled(i.name)}, {"status", i.status}, {"meeting", i.meeting}};
  for (const auto& [key, c] : f.critical)
    critical[key] = {{"committee", c.committee}, {"message", c.message}, {"meeting", c.meeting}};
  return {{"meetings", meetings}, {"items", items}, {"critical", critical}};
}

Facts facts(const json& j) {
  Facts f;
  for (const auto& [id, m] : j.at("meetings").items()) f.meetings.emplace(id, meeting(m));
  for (const auto& [id, i] : j.at("items").items())
    f.items.emplace(id, ItemFacts{i.at("committee").get<std::string>(), titled(i.at("name")),
                                  i.at("status").get<std::string>(), i.at("meeting").get<std::string>()});
  for (const auto& [key, c] : j.at("critical").items())
    f.critical.emplace(key, FlagFacts{c.at("committee").get<std::string>(), c.at("message").get<std::string>(),
                                      c.at("meeting").get<std::string>()});
  return f;
}

json entry(const Entry& e) {
  return {{"serial", e.serial},
          {"seen", e.seen.time_since_epoch().count()},
          {"committee", e.change.committee},
          {"object", e.change.object},
          {"path", e.change.path},
          {"public", wording(e.change.wording)},
          {"members", wording(e.change.members_wording)}};
}

Entry entry(const json& j) {
  return {j.at("serial").get<std::int64_t>(), Seconds{std::chrono::seconds{j.at("seen").get<std::int64_t>()}},
          Change{j.at("committee").get<std::string>(), j.at("object").get<std::string>(), j.at("path").get<std::string>(),
                 wording(j.at("public")), wording(j.at("members"))}};
}

}  // namespace

std::string serialise(const ChangeLog& log) {
  json entries = json::array();
  for (const auto& e : log.entries) entries.push_back(entry(e));
  const json all = {{"format", "agendad changes 1"},
                    {"started", log.started.time_since_epoch().count()},
                    {"next_serial", log.next_serial},
                    {"facts", log.facts ? facts(*log.facts) : json()},
                    {"entries", entries}};
  return all.dump(1) + "\n";
}

std::optional<ChangeLog> parse_change_log(std::string_view text) {
  try {
    const json all = json::parse(text);
    if (all.at("format") != "agendad changes 1") return std::nullopt;
    ChangeLog log;
    log.started = Seconds{std::chrono::seconds{all.at("started").get<std::int64_t>()}};
    log.next_serial = all.at("next_serial").get<std::int64_t>();
    if (!all.at("facts").is_null()) log.facts = facts(all.at("facts"));
    for (const auto& e : all.at("entries")) {
      log.entries.push_back(entry(e));
      if (log.entries.back().serial >= log.next_serial) return std::nullopt;  // an id could be issued twice
    }
    return log;
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

}  // namespace agendad::changes
