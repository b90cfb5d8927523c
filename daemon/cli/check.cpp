// `agendad check [DIR]`: loads the configuration and says whether it is sound. A clerk gets a
// one-screen summary or every error, one per line; tools get the same as JSON.
#include <algorithm>
#include <iostream>
#include <map>
#include <string>
#include <type_traits>

#include <nlohmann/json.hpp>

#include "daemon/cli/common.hpp"
#include "daemon/site/members.hpp"

namespace agendad::cli {
namespace {

constexpr const char* usage =
    "Usage: agendad check [DIR] [--config DIR] [--secrets FILE] [--format text|json]\n\n"
    "Loads the configuration directory (default: config) as `serve` does and checks it: every .yaml\n"
    "file in it, strictly, and every calendar file they name. Prints a summary of the programme, or\n"
    "every problem with its file, line and field.\n\n"
    "  --config DIR     the configuration directory (the same as giving DIR)\n"
    "  --secrets FILE   also check the members' secrets file that serve would be given\n"
    "  --format F       text (default) or json, printed to stdout\n\n"
    "Exit status: 0 the configuration is sound and `serve` accepts it (warnings may be printed);\n"
    "1 it has errors; 2 the command line is wrong.\n";

enum class Format { text, json };

int usage_error(const std::string& message) { return cli::usage_error("check", usage, message); }

std::string plural(std::size_t count, const std::string& one, const std::string& many) {
  return std::to_string(count) + " " + (count == 1 ? one : many);
}

std::string json_key(std::string words) {  // "awaiting date" -> "awaiting_date"
  std::replace(words.begin(), words.end(), ' ', '_');
  return words;
}

// Counts in the order the enumeration lists them, so that summaries read the same every time.
template <typename E, typename Values, typename Of>
std::vector<std::pair<E, std::size_t>> counts(const Values& values, Of of, std::initializer_list<E> order) {
  std::vector<std::pair<E, std::size_t>> found;
  for (E e : order) {
    auto n = static_cast<std::size_t>(std::count_if(values.begin(), values.end(), [&](auto* v) { return of(*v) == e; }));
    if (n > 0) found.emplace_back(e, n);
  }
  return found;
}

constexpr std::initializer_list<ItemStatus> statuses{
    ItemStatus::proposed, ItemStatus::longlisted,    ItemStatus::shortlisted, ItemStatus::booked,
    ItemStatus::awaiting_date, ItemStatus::deferred, ItemStatus::taken,       ItemStatus::withdrawn};
constexpr std::initializer_list<MeetingStatus> meeting_statuses{MeetingStatus::scheduled, MeetingStatus::cancelled,
                                                                MeetingStatus::moved};
constexpr std::initializer_list<MeetingKind> meeting_kinds{MeetingKind::ordinary, MeetingKind::extraordinary,
                                                           MeetingKind::workshop, MeetingKind::joint};

struct CommitteeSummary {
  const Committee* committee;
  std::vector<const Meeting*> meetings;
  std::vector<const Item*> items;
  std::size_t actions_owed = 0;
};

CommitteeSummary summarise(const Programme& programme, const Committee& committee) {
  CommitteeSummary summary{&committee, programme.meetings_of(committee.id), programme.items_of(committee.id)};
  summary.actions_owed = static_cast<std::size_t>(std::count_if(
      programme.actions.begin(), programme.actions.end(),
      [&](const Action& a) { return a.committee == committee.id && !a.done; }));
  return summary;
}

// "2 workshops", "8 ordinary", "6 awaiting date": only the kinds that are nouns take a plural.
template <typename E>
std::string listed(const std::vector<std::pair<E, std::size_t>>& counted) {
  std::string text;
  for (const auto& [value, n] : counted) {
    std::string word = to_string(value);
    if constexpr (std::is_same_v<E, MeetingKind>)
      if (value == MeetingKind::workshop && n > 1) word += "s";
    text += (text.empty() ? "" : ", ") + std::to_string(n) + " " + word;
  }
  return text;
}

// Each paper the committee's items and meetings name, with the page count read from it.
void print_papers(const CommitteeSummary& s, const sources::PaperFiles& papers) {
  auto line = [&](const NamedFile& file, const std::string& of) {
    auto found = papers.find(file.path);
    int pages = found == papers.end() ? 0 : found->second.pages;
    std::cout << "  paper " << file.path << ": " << plural(static_cast<std::size_t>(pages), "page", "pages") << " ("
              << of << ")\n";
  };
  for (const Meeting* meeting : s.meetings)
    for (const auto& [document, files] : meeting->document_papers)
      for (const NamedFile& file : files) line(file, meeting->id + " " + document);
  for (const Item* item : s.items)
    for (const NamedFile& file : item->papers) line(file, item->id);
}

void print_text(const Programme& programme, const sources::PaperFiles& papers, std::size_t files,
                const std::string& dir) {
  std::cout << (programme.council.name.empty() ? "(no council named)" : programme.council.name) << ": "
            << plural(files, "file", "files") << " read from " << dir << "; "
            << plural(programme.venues.size(), "venue", "venues") << ", "
            << plural(programme.bodies.size(), "other body", "other bodies") << "\n";
  for (const Committee& committee : programme.committees) {
    CommitteeSummary s = summarise(programme, committee);
    std::cout << "\n" << committee.name << " (" << committee.id << ")";
    if (!committee.municipal_year.empty()) std::cout << ", " << committee.municipal_year;
    std::cout << "\n";
    auto person = [](const Member* m) { return m ? (m->full_name.empty() ? m->name : m->full_name) : std::string("none"); };
    std::cout << "  chair " << person(committee.chair()) << ", vice-chair " << person(committee.vice_chair()) << "; "
              << plural(committee.members.size(), "member", "members") << "\n";
    auto of_kind = [](const Meeting& m) { return m.kind; };
    auto of_status = [](const Meeting& m) { return m.status; };
    std::cout << "  meetings: " << s.meetings.size();
    if (!s.meetings.empty())
      std::cout << " (" << listed(counts(s.meetings, of_kind, meeting_kinds)) << "; "
                << listed(counts(s.meetings, of_status, meeting_statuses)) << ")";
    std::cout << "\n  items: " << s.items.size();
    if (!s.items.empty())
      std::cout << " (" << listed(counts(s.items, [](const Item& i) { return i.current().status; }, statuses)) << ")";
    std::cout << "\n  actions owed: " << s.actions_owed << "\n";
    print_papers(s, papers);
  }
}

template <typename E>
nlohmann::json json_counts(const std::vector<std::pair<E, std::size_t>>& counted) {
  nlohmann::json object = nlohmann::json::object();
  for (const auto& [value, n] : counted) object[json_key(to_string(value))] = n;
  return object;
}

nlohmann::json json_diagnostics(const Diagnostics& diagnostics) {
  nlohmann::json list = nlohmann::json::array();
  for (const Diagnostic& d : diagnostics)
    list.push_back({{"severity", d.severity == Severity::error ? "error" : "warning"},
                    {"file", d.where.file},
                    {"line", d.where.line},
                    {"column", d.where.column},
                    {"field", d.field},
                    {"message", d.message},
                    {"found", d.found},
                    {"expected", d.expected},
                    {"text", format_line(d)}});
  return list;
}

nlohmann::json json_summary(const Programme& programme, std::size_t files, const Diagnostics& warnings) {
  nlohmann::json committees = nlohmann::json::array();
  for (const Committee& committee : programme.committees) {
    CommitteeSummary s = summarise(programme, committee);
    committees.push_back(
        {{"id", committee.id},
         {"name", committee.name},
         {"members", committee.members.size()},
         {"meetings",
          {{"total", s.meetings.size()},
           {"by_kind", json_counts(counts(s.meetings, [](const Meeting& m) { return m.kind; }, meeting_kinds))},
           {"by_status",
            json_counts(counts(s.meetings, [](const Meeting& m) { return m.status; }, meeting_statuses))}}},
         {"items",
          {{"total", s.items.size()},
           {"by_status", json_counts(counts(s.items, [](const Item& i) { return i.current().status; }, statuses))}}},
         {"actions_owed", s.actions_owed}});
  }
  return {{"ok", true},
          {"council", programme.council.name},
          {"files", files},
          {"venues", programme.venues.size()},
          {"bodies", programme.bodies.size()},
          {"committees", committees},
          {"warnings", json_diagnostics(warnings)}};
}

// File names need not be UTF-8; JSON must be, so any stray byte is printed as U+FFFD.
void print_json(const nlohmann::json& json) {
  std::cout << json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

int report_failure(const Diagnostics& diagnostics, Format format) {
  if (format == Format::json) {
    print_json(nlohmann::json{{"ok", false}, {"errors", json_diagnostics(diagnostics)}});
    return 1;
  }
  print_diagnostics(diagnostics);
  auto errors = static_cast<std::size_t>(
      std::count_if(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& d) { return d.severity == Severity::error; }));
  std::cerr << "agendad check: " << plural(errors, "error", "errors") << "; the configuration was not loaded\n";
  return 1;
}

int run(Arguments arguments) {
  std::optional<std::string> dir;
  std::optional<std::string> secrets;
  Format format = Format::text;
  for (std::size_t i = 0; i < arguments.size(); ++i) {
    std::string_view argument = arguments[i];
    if (argument == "--config" || argument == "--format" || argument == "--secrets") {
      auto value = option_value(arguments, i);
      if (!value) return usage_error(needs_a_value(argument));
      if (argument == "--secrets") {
        secrets = std::string(*value);
        continue;
      }
      if (argument == "--format") {
        auto json = parse_json_or_text(*value);
        if (!json) return usage_error(unknown_format(*value, "text or json"));
        format = *json ? Format::json : Format::text;
        continue;
      }
      if (dir) return usage_error("give the configuration directory once");
      dir = std::string(*value);
    } else if (argument.starts_with("-")) {
      return usage_error(unknown_option(argument));
    } else {
      if (dir) return usage_error("give the configuration directory once");
      dir = std::string(argument);
    }
  }
  std::string directory = dir.value_or("config");
  // Everything serve loads: the YAML, every calendar it names, the bank holidays of the years it
  // plans; the secrets file when one is given.
  auto loaded = sources::load_configuration(directory, today_in_london());
  if (!loaded) return report_failure(loaded.error(), format);
  if (secrets)
    if (auto tokens = site::load_member_tokens(*secrets); !tokens) return report_failure(tokens.error(), format);
  const std::size_t files = loaded->files.size();
  if (format == Format::json) {
    print_json(json_summary(loaded->programme, files, loaded->warnings));
  } else {
    print_text(loaded->programme, loaded->papers, files, directory);
    print_diagnostics(loaded->warnings);
  }
  return std::cout.good() ? 0 : 1;
}

const bool registered = register_command({"check", "check the configuration and summarise the programme", usage, run});

}  // namespace
}  // namespace agendad::cli
