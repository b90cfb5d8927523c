#include "daemon/server/build_snapshot.hpp"

#include <date/tz.h>

#include "daemon/server/members.hpp"
#include "feeds/ical/planner_calendars.hpp"
#include "feeds/pages/agenda.hpp"
#include "feeds/pages/urls.hpp"
#include "feeds/pages/work_programme.hpp"
#include "planner/load/load.hpp"

namespace agendad::server {
namespace {

using std::chrono::sys_seconds;

// How long clients may reuse a response before revalidating. Revalidation costs a 304, so these
// are short: a clerk's edit should show within minutes.
constexpr int page_max_age = 60;

Date today_in_london() {
  const auto local = date::make_zoned("Europe/London", std::chrono::system_clock::now()).get_local_time();
  return Date{std::chrono::sys_days{date::floor<date::days>(local).time_since_epoch()}};
}

class Site {
 public:
  Site(Snapshot& snapshot, sys_seconds now) : snapshot_(snapshot), now_(now) {}
  void add(bool members, const std::string& path, std::string body, std::string_view type, int max_age) {
    auto& resources = members ? snapshot_.member_resources : snapshot_.public_resources;
    resources.insert_or_assign(path, make_resource(std::move(body), type, now_, max_age));
  }

 private:
  Snapshot& snapshot_;
  sys_seconds now_;
};

}  // namespace

std::string config_hash(const std::vector<std::pair<std::string, std::string>>& files) {
  std::string all;
  for (const auto& [name, text] : files) {
    all += name;
    all += '\0';
    all += std::to_string(text.size());
    all += '\0';
    all += text;
  }
  return hex(digest_of(all));
}

// The routes, each rendered for the public and, with exempt detail, for members:
//   /agendas/<committee>/<YYYY-MM-DD>.html|.txt|.md|.json   feeds/pages render_agenda
//   /work-programme/<committee>.html|.json                  feeds/pages render_work_programme
// Still to wire as their renderers land (feeds/pages, feeds/ical):
//   /  (index)   /flags.html|.json   /calendars/<committee>.ics   /calendars/all.ics
//   /calendars/<committee>-deadlines.ics
Result<Snapshot> build_snapshot(const BuildInputs& inputs) {
  auto files = read_config_directory(inputs.config_dir.string());
  if (!files) return tl::unexpected(std::move(files.error()));
  auto loaded = load_programme_with_warnings(*files);
  if (!loaded) return tl::unexpected(std::move(loaded.error()));
  const Programme& programme = loaded->programme;
  auto calendar = ical::import_planning_calendar(programme);
  if (!calendar) return tl::unexpected(std::move(calendar.error()));

  Snapshot snapshot;
  std::vector<std::pair<std::string, std::string>> named;
  for (const auto& file : *files) named.emplace_back(file.path, file.text);
  snapshot.config_hash = config_hash(named);
  for (const auto& warning : loaded->warnings) snapshot.warnings.push_back(format_line(warning));
  if (inputs.secrets_file) {
    auto tokens = load_member_tokens(*inputs.secrets_file);
    if (!tokens) return tl::unexpected(std::move(tokens.error()));
    snapshot.member_tokens = std::move(*tokens);
  }

  const Date as_of = inputs.as_of.value_or(today_in_london());
  const auto base_url = inputs.base_url.empty() ? programme.council.calendar.base_url : inputs.base_url;
  Site site(snapshot, std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()));

  for (const bool members : {false, true}) {
    const pages::PageOptions options{.base_url = base_url, .members = members};
    for (const auto& meeting : programme.meetings) {
      // A committee's agenda URL names a date; where two meetings share it, the one
      // find_meeting picks (the formal one) has the page, as `agendad agenda` prints it.
      const auto chosen = pages::find_meeting(programme, meeting.committee, meeting.date);
      if (!chosen || *chosen != &meeting) continue;
      for (const auto format : {pages::AgendaFormat::html, pages::AgendaFormat::text, pages::AgendaFormat::markdown,
                                pages::AgendaFormat::json})
        site.add(members, pages::agenda_path(meeting.committee, meeting.date, format),
                 pages::render_agenda(programme, meeting, format, options), pages::content_type(format),
                 page_max_age);
    }
    for (const auto& committee : programme.committees)
      for (const auto format : {pages::PageFormat::html, pages::PageFormat::json})
        site.add(members, pages::work_programme_path(committee.id, format),
                 pages::render_work_programme(programme, *calendar, committee, as_of, format, options),
                 pages::content_type(format), page_max_age);
  }
  return snapshot;
}

}  // namespace agendad::server
