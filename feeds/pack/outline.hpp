#pragma once
// PDF bookmarks (the outline a reader shows beside the pages): one per part of the pack.
#include <string>
#include <vector>

#include <qpdf/QPDF.hh>

namespace agendad::pack {

struct Bookmark {
  std::string title;
  int page = 0;  // 0-based index into the document's pages
};

// Replaces the document's outline with one flat level of `bookmarks`, and asks readers to show it.
void add_outline(QPDF& pdf, const std::vector<Bookmark>& bookmarks);

}  // namespace agendad::pack
