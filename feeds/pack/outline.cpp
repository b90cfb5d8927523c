#include "feeds/pack/outline.hpp"

#include <qpdf/QPDFPageDocumentHelper.hh>

namespace agendad::pack {

// qpdf's QPDFOutlineDocumentHelper reads outlines but does not make them, so the dictionaries are
// built here as PDF 1.7 section 12.3.3 describes them.
void add_outline(QPDF& pdf, const std::vector<Bookmark>& bookmarks) {
  if (bookmarks.empty()) return;
  std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(pdf).getAllPages();
  QPDFObjectHandle outlines = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
  outlines.replaceKey("/Type", QPDFObjectHandle::newName("/Outlines"));
  std::vector<QPDFObjectHandle> entries;
  for (const Bookmark& bookmark : bookmarks) {
    if (bookmark.page < 0 || bookmark.page >= static_cast<int>(pages.size())) continue;
    QPDFObjectHandle entry = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
    entry.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(bookmark.title));
    entry.replaceKey("/Parent", outlines);
    QPDFObjectHandle destination = QPDFObjectHandle::newArray();
    destination.appendItem(pages[static_cast<std::size_t>(bookmark.page)].getObjectHandle());
    destination.appendItem(QPDFObjectHandle::newName("/Fit"));
    entry.replaceKey("/Dest", destination);
    if (!entries.empty()) {
      entry.replaceKey("/Prev", entries.back());
      entries.back().replaceKey("/Next", entry);
    }
    entries.push_back(entry);
  }
  if (entries.empty()) return;
  outlines.replaceKey("/First", entries.front());
  outlines.replaceKey("/Last", entries.back());
  outlines.replaceKey("/Count", QPDFObjectHandle::newInteger(static_cast<long long>(entries.size())));
  pdf.getRoot().replaceKey("/Outlines", outlines);
  pdf.getRoot().replaceKey("/PageMode", QPDFObjectHandle::newName("/UseOutlines"));
}

}  // namespace agendad::pack
