#include "planner/sources/papers.hpp"

#include "planner/load/read_file.hpp"
#include "planner/sources/pdf_paper.hpp"

namespace agendad::planner::sources {
namespace {

Diagnostic error_at(const NamedFile& file, std::string message, std::string found = {}, std::string expected = {}) {
  return Diagnostic{Severity::error, file.where, file.field, std::move(message), std::move(found),
                    std::move(expected)};
}

// The pages of one document made of `files`, or nullopt when any of them is unfit (reported).
std::optional<int> open_papers(const std::vector<NamedFile>& files, PaperFiles& papers, Diagnostics& problems) {
  int total = 0;
  bool fit = true;
  for (const NamedFile& file : files) {
    if (auto known = papers.find(file.path); known != papers.end()) {
      total += known->second.pages;
      continue;
    }
    auto bytes = read_regular_file(file.path, max_paper_bytes, "the paper");
    if (!bytes) {
      for (Diagnostic& d : bytes.error()) {
        d.where = file.where;
        d.field = file.field;
        if (d.found.empty()) d.found = file.path;
        problems.push_back(std::move(d));
      }
      fit = false;
      continue;
    }
    auto pages = pdf_page_count(*bytes, file.path);
    if (!pages) {
      problems.push_back(error_at(file, "the paper " + file.path + " " + pages.error(), file.path, "a PDF file"));
      fit = false;
      continue;
    }
    total += *pages;
    papers.emplace(file.path, PaperPdf{std::move(*bytes), *pages});
  }
  if (!fit) return std::nullopt;
  return total;
}

// The count the files give wins; a typed count that says otherwise is a mistake either way.
void settle_count(const std::vector<NamedFile>& files, int counted, std::optional<int> typed, Diagnostics& problems) {
  if (typed && *typed != counted)
    problems.push_back(error_at(files.front(), "the papers have " + std::to_string(counted) +
                                                   " pages but pages: says " + std::to_string(*typed) +
                                                   "; remove pages: (the papers' count is used) or correct it",
                                std::to_string(*typed), std::to_string(counted)));
}

}  // namespace

Result<PaperFiles> load_papers(Programme& programme) {
  PaperFiles papers;
  Diagnostics problems;
  for (Item& item : programme.items) {
    if (item.papers.empty()) continue;
    auto counted = open_papers(item.papers, papers, problems);
    if (!counted) continue;
    settle_count(item.papers, *counted, item.pages, problems);
    item.pages = *counted;
  }
  for (Meeting& meeting : programme.meetings) {
    for (const auto& [document, files] : meeting.document_papers) {
      if (files.empty()) continue;
      auto counted = open_papers(files, papers, problems);
      if (!counted) continue;
      auto typed = meeting.document_pages.find(document);
      settle_count(files, *counted,
                   typed == meeting.document_pages.end() ? std::nullopt : std::optional<int>(typed->second), problems);
      meeting.document_pages[document] = *counted;
    }
  }
  if (!problems.empty()) return tl::unexpected(std::move(problems));
  return papers;
}

}  // namespace agendad::planner::sources
