#include "feeds/pack/pack.hpp"

#include "feeds/pack/assemble.hpp"
#include "feeds/pack/documents.hpp"
#include "feeds/pages/work_programme.hpp"
#include "planner/rules/as_of.hpp"

namespace agendad::pack {

using planner::Committee, planner::Date, planner::Item, planner::Meeting, planner::NamedFile, planner::PlanningCalendar,
    planner::Programme, planner::ProgrammeAsOf, planner::add_days, planner::iso, planner::long_date;

namespace {

// Papers named in the configuration, as loaded; false when there are none to add.
bool add_papers(PackDocument& document, const std::vector<NamedFile>& files,
                const planner::sources::PaperFiles& papers) {
  if (files.empty()) return false;
  for (const NamedFile& file : files) {
    auto found = papers.find(file.path);
    if (found == papers.end()) {  // not loaded: the pack shows it is to follow
      document.pdfs.clear();
      document.paper_pages = 0;
      return false;
    }
    document.pdfs.push_back(found->second.bytes);
    document.paper_pages += found->second.pages;
  }
  return true;
}

// The Summary Work Programme as the papers stood the day before the meeting: its own items
// still booked, not yet taken.
std::vector<Block> own_work_programme(const Programme& programme, const PlanningCalendar& calendar,
                                      const Meeting& meeting, bool members, const ProgrammeAsOf& papers) {
  const Committee* committee = programme.committee(meeting.committee);
  if (!committee) return {{BlockStyle::body, "No work programme: the committee is not known."}};
  // A plan of its own, as of another day than the live one: the pack records the programme as it
  // stood when the meeting met.
  // Of its own committee alone: a council's every pack planning every committee grew as the square
  // of its committees.
  return work_programme_blocks(pages::work_programme_view(
      programme, plan_of_committee(programme, calendar, papers, committee->id), papers, *committee, members));
}

PackDocument document_for(const drafts::AgendaEntry& entry, const Programme& programme,
                          const PlanningCalendar& calendar, const planner::sources::PaperFiles& papers,
                          const Meeting& meeting, bool members, const ProgrammeAsOf& as_it_stood) {
  PackDocument document;
  if (entry.document == "item") {
    // In public an exempt entry carries no id to look its papers up by, by design: its page says
    // only what the front sheet may.
    if (!members && !entry.exempt_note.empty()) {
      document.blocks = exempt_blocks(entry);
      return document;
    }
    const Item* item = programme.item(entry.key);
    if (item && add_papers(document, item->papers, papers)) return document;
  } else {
    auto named = meeting.document_papers.find(entry.document);
    if (named != meeting.document_papers.end() && add_papers(document, named->second, papers)) return document;
    if (entry.document == "work_programme") {
      document.blocks = own_work_programme(programme, calendar, meeting, members, as_it_stood);
      return document;
    }
  }
  document.to_follow = true;
  document.blocks = report_to_follow_blocks(entry);
  return document;
}

// Typesets the front sheet with ranges from the pages as they will be assembled. The front sheet's
// own length moves every range, and the ranges' text may change its length, so it is laid out
// again until its page count settles (a few rounds at most: ranges only grow by digits).
TypesetPdf settle_front_sheet(drafts::AgendaDraft& draft, const std::vector<PackDocument>& documents,
                              const std::vector<std::optional<int>>& counts, const std::string& title) {
  TypesetPdf front = typeset(front_sheet_blocks(draft), title);
  for (int round = 0; round < 8; ++round) {
    drafts::PackLayout layout = drafts::lay_out_pack(front.pages, counts);
    for (std::size_t i = 0; i < documents.size(); ++i) draft.entries[documents[i].entry].pages = layout.documents[i];
    draft.pack_pages = layout.total_pages;
    draft.blank_pages = layout.blank_pages;
    TypesetPdf again = typeset(front_sheet_blocks(draft), title);
    bool settled = again.pages == front.pages;
    front = std::move(again);
    if (settled) break;
  }
  return front;
}

PackMetadata metadata_for(const std::string& council, const drafts::AgendaDraft& draft, bool complete, bool front) {
  std::string what = front ? "Agenda" : "Agenda pack";
  return {what + ": " + draft.committee_name + ", " + long_date(draft.date),
          draft.committee_name + " (" + draft.committee_id + "), meeting of " + iso(draft.date),
          council,
          "committee: " + draft.committee_id + "; date: " + iso(draft.date) +
              (draft.members ? "; members' version, not for publication" : "; public") +
              (complete ? "" : "; incomplete: reports to follow")};
}

// Typesets a document that has no paper; its length in pages either way.
int typeset_document(PackDocument& document, const drafts::AgendaEntry& entry) {
  if (!document.pdfs.empty()) return document.paper_pages;
  TypesetPdf pdf = typeset(document.blocks, entry.title);
  document.pdfs.push_back(std::move(pdf.bytes));
  return pdf.pages;
}

void add_field(std::string& key, std::string_view field) {
  key += std::to_string(field.size());
  key += ':';
  key += field;
}

}  // namespace

Date day_before(const Meeting& meeting) { return add_days(meeting.date, -1); }

PackSpec pack_spec(const Programme& programme, const PlanningCalendar& calendar,
                   const planner::sources::PaperFiles& papers, const Meeting& meeting, bool members,
                   const ProgrammeAsOf& as_it_stood) {
  PackSpec spec{drafts::draft_agenda(programme, meeting, members), {}, programme.council.name};
  for (std::size_t i = 0; i < spec.draft.entries.size(); ++i) {
    const drafts::AgendaEntry& entry = spec.draft.entries[i];
    if (entry.document.empty()) continue;
    spec.documents.push_back(document_for(entry, programme, calendar, papers, meeting, members, as_it_stood));
    spec.documents.back().entry = i;
  }
  return spec;
}

PackSpec pack_spec(const Programme& programme, const PlanningCalendar& calendar,
                   const planner::sources::PaperFiles& papers, const Meeting& meeting, bool members) {
  return pack_spec(programme, calendar, papers, meeting, members,
                   programme_as_of(programme, day_before(meeting)));
}

std::string spec_key(const PackSpec& spec) {
  std::string key;
  add_field(key, spec.council);
  add_field(key, spec.draft.members ? "members" : "public");
  add_field(key, spec.draft.committee_id);
  add_field(key, iso(spec.draft.date));
  for (const Block& block : front_sheet_blocks(spec.draft)) add_field(key, std::to_string(static_cast<int>(block.style)) + block.text);
  for (const PackDocument& document : spec.documents) {
    add_field(key, spec.draft.entries[document.entry].title);
    add_field(key, document.to_follow ? "to follow" : "");
    for (const std::string& pdf : document.pdfs) add_field(key, pdf);
    for (const Block& block : document.blocks) add_field(key, std::to_string(static_cast<int>(block.style)) + block.text);
  }
  return key;
}

tl::expected<AgendaPack, std::string> make_pack(PackSpec spec) {
  AgendaPack pack;
  pack.draft = std::move(spec.draft);
  std::vector<std::optional<int>> counts;
  for (PackDocument& document : spec.documents) {
    const drafts::AgendaEntry& entry = pack.draft.entries[document.entry];
    if (document.to_follow) pack.to_follow.push_back(std::to_string(entry.number) + ". " + entry.title);
    counts.emplace_back(typeset_document(document, entry));
  }
  std::string title = "Agenda: " + pack.draft.committee_name + ", " + long_date(pack.draft.date);
  TypesetPdf front = settle_front_sheet(pack.draft, spec.documents, counts, title);

  std::vector<PackPart> parts{{{front.bytes}, "Agenda front sheet"}};
  auto alone = assemble(parts, metadata_for(spec.council, pack.draft, pack.complete(), true));
  if (!alone) return tl::unexpected(alone.error());
  for (PackDocument& document : spec.documents) {
    const drafts::AgendaEntry& entry = pack.draft.entries[document.entry];
    parts.push_back({std::move(document.pdfs), std::to_string(entry.number) + ". " + entry.title});
  }
  auto whole = assemble(parts, metadata_for(spec.council, pack.draft, pack.complete(), false));
  if (!whole) return tl::unexpected(whole.error());
  pack.front_sheet = std::move(alone->bytes);
  pack.pdf = std::move(whole->bytes);
  pack.pages = whole->pages;
  return pack;
}

tl::expected<AgendaPack, std::string> make_pack(const Programme& programme, const PlanningCalendar& calendar,
                                                const planner::sources::PaperFiles& papers, const Meeting& meeting,
                                                bool members) {
  return make_pack(pack_spec(programme, calendar, papers, meeting, members));
}

}  // namespace agendad::pack
