#pragma once
// Numbering an agenda pack as the council does: the front sheet from page 1, then every
// document starting on an odd (right-hand) page, with a blank page before it where needed,
// and the pack ending on an even page so that it prints double-sided.
#include <optional>
#include <vector>

namespace agendad::drafts {

struct PageRange {
  int first = 0;
  int last = 0;
};

struct PackLayout {
  std::vector<std::optional<PageRange>> documents;  // one per document given, in order
  std::vector<int> blank_pages;                     // "This page is intentionally left blank"
  std::optional<int> total_pages;                   // absent when any count is missing
};

// A missing count leaves that document, and every one after it, without a range: where they
// start cannot be known. A count below 1 is treated as missing.
PackLayout lay_out_pack(std::optional<int> front_sheet_pages, const std::vector<std::optional<int>>& document_pages);

}  // namespace agendad::drafts
