// `agendad check`'s summary as text: one screen for a clerk.
#include <sstream>
#include <type_traits>

#include "feeds/reports/check_report.hpp"
#include "feeds/reports/check_summary.hpp"

namespace agendad::reports {

using planner::Committee, planner::Diagnostic, planner::Diagnostics, planner::Item, planner::Meeting,
    planner::MeetingKind, planner::Member, planner::NamedFile, planner::Programme, planner::Severity;

namespace {

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
void papers_text(std::ostream& out, const CommitteeSummary& s, const planner::sources::PaperFiles& papers) {
  auto line = [&](const NamedFile& file, const std::string& of) {
    auto found = papers.find(file.path);
    int pages = found == papers.end() ? 0 : found->second.pages;
    out << "  paper " << file.path << ": " << plural(static_cast<std::size_t>(pages), "page", "pages") << " (" << of
        << ")\n";
  };
  for (const Meeting* meeting : s.meetings)
    for (const auto& [document, files] : meeting->document_papers)
      for (const NamedFile& file : files) line(file, meeting->id + " " + document);
  for (const Item* item : s.items)
    for (const NamedFile& file : item->papers) line(file, item->id);
}

std::string person(const Member* m) { return m ? (m->full_name.empty() ? m->name : m->full_name) : std::string("none"); }

void committee_text(std::ostream& out, const Programme& programme, const Committee& committee,
                    const planner::sources::PaperFiles& papers) {
  const CommitteeSummary s = summarise(programme, committee);
  out << "\n" << committee.name << " (" << committee.id << ")";
  if (!committee.municipal_year.empty()) out << ", " << committee.municipal_year;
  out << "\n";
  out << "  chair " << person(committee.chair()) << ", vice-chair " << person(committee.vice_chair()) << "; "
      << plural(committee.members.size(), "member", "members") << "\n";
  out << "  meetings: " << s.meetings.size();
  if (!s.meetings.empty())
    out << " (" << listed(counts(s.meetings, kind_of_meeting, meeting_kinds)) << "; "
        << listed(counts(s.meetings, status_of_meeting, meeting_statuses)) << ")";
  out << "\n  items: " << s.items.size();
  if (!s.items.empty()) out << " (" << listed(counts(s.items, status_of_item, item_statuses)) << ")";
  out << "\n  actions owed: " << s.actions_owed << "\n";
  papers_text(out, s, papers);
}

}  // namespace

std::string check_text(const Programme& programme, const planner::sources::PaperFiles& papers, std::size_t files,
                       const std::string& dir) {
  std::ostringstream out;
  out << (programme.council.name.empty() ? "(no council named)" : programme.council.name) << ": "
      << plural(files, "file", "files") << " read from " << dir << "; "
      << plural(programme.venues.size(), "venue", "venues") << ", "
      << plural(programme.bodies.size(), "other body", "other bodies") << "\n";
  for (const Committee& committee : programme.committees) committee_text(out, programme, committee, papers);
  return out.str();
}

std::string not_loaded(const Diagnostics& diagnostics) {
  const auto errors = static_cast<std::size_t>(std::count_if(
      diagnostics.begin(), diagnostics.end(), [](const Diagnostic& d) { return d.severity == Severity::error; }));
  return plural(errors, "error", "errors") + "; the configuration was not loaded";
}

}  // namespace agendad::reports
