#include "feeds/pack/pack.hpp"

#include "feeds/pack/assemble.hpp"
#include "feeds/pack/documents.hpp"
#include "feeds/pages/work_programme.hpp"
#include "planner/rules/as_of.hpp"

namespace agendad::pack {
namespace {

// One document of the pack: the PDFs that make it, one after the other.
struct Document {
  std::size_t entry = 0;
  std::vector<std::string> pdfs;
  int pages = 0;
  bool to_follow = false;
};

void add_pdf(Document& document, std::string bytes, int pages) {
  document.pdfs.push_back(std::move(bytes));
  document.pages += pages;
}

void add_typeset(Document& document, const std::vector<Block>& blocks, const std::string& title) {
  TypesetPdf pdf = typeset(blocks, title);
  add_pdf(document, std::move(pdf.bytes), pdf.pages);
}

// Papers named in the configuration, as loaded; false when there are none to add.
bool add_papers(Document& document, const std::vector<NamedFile>& files, const sources::PaperFiles& papers) {
  if (files.empty()) return false;
  for (const NamedFile& file : files) {
    auto found = papers.find(file.path);
    if (found == papers.end()) return false;  // not loaded: the pack shows it is to follow
    add_pdf(document, found->second.bytes, found->second.pages);
  }
  return true;
}

// The Summary Work Programme as the papers stood the day before the meeting: its own items
// still booked, not yet taken.
std::vector<Block> own_work_programme(const Programme& programme, const PlanningCalendar& calendar,
                                      const Meeting& meeting, bool members) {
  const Committee* committee = programme.committee(meeting.committee);
  if (!committee) return {{BlockStyle::body, "No work programme: the committee is not known."}};
  Date as_of = add_days(meeting.date, -1);
  return work_programme_blocks(
      pages::work_programme_view(programme, calendar, snapshot(programme, as_of), *committee, members));
}

Document document_for(const pages::AgendaEntry& entry, const Programme& programme, const PlanningCalendar& calendar,
                      const sources::PaperFiles& papers, const Meeting& meeting, bool members) {
  Document document;
  if (entry.document == "item") {
    // In public an exempt entry carries no id to look its papers up by, by design: its page says
    // only what the front sheet may.
    if (!members && !entry.exempt_note.empty()) {
      add_typeset(document, exempt_blocks(entry), entry.title);
      return document;
    }
    const Item* item = programme.item(entry.key);
    if (item && add_papers(document, item->papers, papers)) return document;
  } else {
    auto named = meeting.document_papers.find(entry.document);
    if (named != meeting.document_papers.end() && add_papers(document, named->second, papers)) return document;
    if (entry.document == "work_programme") {
      add_typeset(document, own_work_programme(programme, calendar, meeting, members), entry.title);
      return document;
    }
  }
  document.to_follow = true;
  add_typeset(document, report_to_follow_blocks(entry), entry.title);
  return document;
}

// Typesets the front sheet with ranges from the pages as they will be assembled. The front sheet's
// own length moves every range, and the ranges' text may change its length, so it is laid out
// again until its page count settles (a few rounds at most: ranges only grow by digits).
TypesetPdf settle_front_sheet(pages::AgendaDraft& draft, const std::vector<Document>& documents,
                              const std::string& title) {
  std::vector<std::optional<int>> counts;
  for (const Document& d : documents) counts.push_back(d.pages);
  TypesetPdf front = typeset(front_sheet_blocks(draft), title);
  for (int round = 0; round < 8; ++round) {
    pages::PackLayout layout = pages::lay_out_pack(front.pages, counts);
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

PackMetadata metadata_for(const Programme& programme, const pages::AgendaDraft& draft, bool complete, bool front) {
  std::string what = front ? "Agenda" : "Agenda pack";
  return {what + ": " + draft.committee_name + ", " + long_date(draft.date),
          draft.committee_name + " (" + draft.committee_id + "), meeting of " + iso(draft.date),
          programme.council.name,
          "committee: " + draft.committee_id + "; date: " + iso(draft.date) +
              (draft.members ? "; members' version, not for publication" : "; public") +
              (complete ? "" : "; incomplete: reports to follow")};
}

}  // namespace

tl::expected<AgendaPack, std::string> make_pack(const Programme& programme, const PlanningCalendar& calendar,
                                                const sources::PaperFiles& papers, const Meeting& meeting,
                                                bool members) {
  AgendaPack pack;
  pack.draft = pages::draft_agenda(programme, meeting, members);
  std::vector<Document> documents;
  for (std::size_t i = 0; i < pack.draft.entries.size(); ++i) {
    const pages::AgendaEntry& entry = pack.draft.entries[i];
    if (entry.document.empty()) continue;
    documents.push_back(document_for(entry, programme, calendar, papers, meeting, members));
    documents.back().entry = i;
    if (documents.back().to_follow) pack.to_follow.push_back(std::to_string(entry.number) + ". " + entry.title);
  }
  std::string title = "Agenda: " + pack.draft.committee_name + ", " + long_date(pack.draft.date);
  TypesetPdf front = settle_front_sheet(pack.draft, documents, title);

  std::vector<PackPart> parts{{{front.bytes}, "Agenda front sheet"}};
  auto alone = assemble(parts, metadata_for(programme, pack.draft, pack.complete(), true));
  if (!alone) return tl::unexpected(alone.error());
  for (const Document& document : documents) {
    const pages::AgendaEntry& entry = pack.draft.entries[document.entry];
    parts.push_back({document.pdfs, std::to_string(entry.number) + ". " + entry.title});
  }
  auto whole = assemble(parts, metadata_for(programme, pack.draft, pack.complete(), false));
  if (!whole) return tl::unexpected(whole.error());
  pack.front_sheet = std::move(alone->bytes);
  pack.pdf = std::move(whole->bytes);
  pack.pages = whole->pages;
  return pack;
}

}  // namespace agendad::pack
