#pragma once
// Putting a pack's PDFs together with qpdf: the parts in order, each document on an odd page
// (a blank page before it where needed), the pages after the front sheet numbered at the foot,
// a bookmark for each part, and the document's metadata. Deterministic: the same parts give the
// same bytes (no dates from a clock; the /ID is a digest of the content).
#include <string>
#include <vector>

#include <tl/expected.hpp>

namespace agendad::pack {

struct PackPart {
  std::vector<std::string> pdfs;  // its PDFs, one after the other (a report and its appendices)
  std::string bookmark;  // its entry in the outline: "7. Ofsted Focused Visit Outcome"
};

struct PackMetadata {
  std::string title;
  std::string subject;
  std::string author;
  std::string keywords;
};

// Where each part begins and how long the whole is, 1-based, counting blank pages.
struct AssembledPack {
  std::string bytes;
  std::vector<int> first_pages;
  int pages = 0;
};

// parts[0] is the front sheet: not numbered and not preceded by a blank page. A damaged part is
// an error (the papers were opened at load time, so this is not expected), never a crash.
tl::expected<AssembledPack, std::string> assemble(const std::vector<PackPart>& parts, const PackMetadata& metadata);

}  // namespace agendad::pack
