#include "feeds/pack/assemble.hpp"

#include <exception>
#include <memory>

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include "feeds/pack/typeset.hpp"
#include "feeds/pack/outline.hpp"

namespace agendad::pack {
namespace {

// qpdf copies pages lazily from their source, so every source lives until the pack is written.
class Sources {
 public:
  QPDF& open(const std::string& bytes) {
    auto& pdf = *held_.emplace_back(std::make_unique<QPDF>());
    pdf.setSuppressWarnings(true);
    // The bytes must outlive the QPDF too: processMemoryFile does not copy them.
    const std::string& kept = *texts_.emplace_back(std::make_unique<std::string>(bytes));
    pdf.processMemoryFile("pack part", kept.data(), kept.size());
    QPDFPageDocumentHelper(pdf).pushInheritedAttributesToPage();
    return pdf;
  }

 private:
  std::vector<std::unique_ptr<std::string>> texts_;
  std::vector<std::unique_ptr<QPDF>> held_;
};

void append_pages(QPDF& out, QPDF& from) {
  QPDFPageDocumentHelper into(out);
  for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(from).getAllPages()) into.addPage(page, false);
}

// Draws stamp page `stamp` over `page`, fitted to its trim box. The page's own content is wrapped
// in q/Q first so that whatever graphics state it leaves cannot move or hide the number.
void stamp_page(QPDF& out, QPDFPageObjectHelper page, QPDFPageObjectHelper stamp) {
  QPDFObjectHandle form = out.copyForeignObject(stamp.getFormXObjectForPage());
  QPDFObjectHandle resources = page.getAttribute("/Resources", true);
  if (!resources.isDictionary()) {
    resources = QPDFObjectHandle::newDictionary();
    page.getObjectHandle().replaceKey("/Resources", resources);
  }
  if (!resources.getKey("/XObject").isDictionary())
    resources.replaceKey("/XObject", QPDFObjectHandle::newDictionary());
  int suffix = 0;
  std::string name = resources.getUniqueResourceName("/Fx", suffix);
  std::string place = page.placeFormXObject(form, name, page.getTrimBox().getArrayAsRectangle());
  resources.getKey("/XObject").replaceKey(name, form);
  page.addPageContents(QPDFObjectHandle::newStream(&out, "q\n"), true);
  page.addPageContents(QPDFObjectHandle::newStream(&out, "\nQ\nq\n" + place + "\nQ\n"), false);
}

void number_pages(QPDF& out, Sources& sources, int unnumbered) {
  std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(out).getAllPages();
  int count = static_cast<int>(pages.size()) - unnumbered;
  if (count <= 0) return;
  QPDF& stamps = sources.open(page_number_stamps(unnumbered + 1, count).bytes);
  std::vector<QPDFPageObjectHelper> stamp_pages = QPDFPageDocumentHelper(stamps).getAllPages();
  const auto first = static_cast<std::size_t>(unnumbered);
  for (std::size_t i = 0; i < static_cast<std::size_t>(count); ++i) stamp_page(out, pages[first + i], stamp_pages[i]);
}

void set_metadata(QPDF& out, const PackMetadata& metadata) {
  QPDFObjectHandle info = out.makeIndirectObject(QPDFObjectHandle::newDictionary());
  info.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(metadata.title));
  info.replaceKey("/Subject", QPDFObjectHandle::newUnicodeString(metadata.subject));
  if (!metadata.author.empty()) info.replaceKey("/Author", QPDFObjectHandle::newUnicodeString(metadata.author));
  info.replaceKey("/Keywords", QPDFObjectHandle::newUnicodeString(metadata.keywords));
  info.replaceKey("/Creator", QPDFObjectHandle::newUnicodeString("agendad"));
  out.getTrailer().replaceKey("/Info", info);
}

std::string write(QPDF& out) {
  QPDFWriter writer(out);
  writer.setOutputMemory();
  writer.setDeterministicID(true);  // the /ID is a digest of the content, not of the time
  writer.setCompressStreams(true);
  writer.write();
  auto buffer = writer.getBufferSharedPointer();
  return std::string(reinterpret_cast<const char*>(buffer->getBuffer()), buffer->getSize());
}

int page_count(QPDF& pdf) { return static_cast<int>(QPDFPageDocumentHelper(pdf).getAllPages().size()); }

AssembledPack assemble_throwing(const std::vector<PackPart>& parts, const PackMetadata& metadata) {
  Sources sources;
  QPDF out;
  out.setSuppressWarnings(true);
  out.emptyPDF();
  AssembledPack pack;
  std::vector<Bookmark> bookmarks;
  int front_sheet = 0;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    // Every document after the front sheet starts on a right-hand (odd) page.
    if (i > 0 && page_count(out) % 2 == 1) append_pages(out, sources.open(typeset(blank_page_blocks(), "").bytes));
    pack.first_pages.push_back(page_count(out) + 1);
    bookmarks.push_back({parts[i].bookmark, page_count(out)});
    for (const std::string& pdf : parts[i].pdfs) append_pages(out, sources.open(pdf));
    if (i == 0) front_sheet = page_count(out);
  }
  // A pack of several documents ends on an even page, so that it prints double-sided.
  if (parts.size() > 1 && page_count(out) % 2 == 1)
    append_pages(out, sources.open(typeset(blank_page_blocks(), "").bytes));
  number_pages(out, sources, front_sheet);
  add_outline(out, bookmarks);
  set_metadata(out, metadata);
  pack.pages = page_count(out);
  pack.bytes = write(out);
  return pack;
}

}  // namespace

tl::expected<AssembledPack, std::string> assemble(const std::vector<PackPart>& parts, const PackMetadata& metadata) {
  try {
    return assemble_throwing(parts, metadata);
  } catch (const QPDFExc& e) {
    return tl::unexpected("a part of the pack could not be read: " + e.getMessageDetail());
  } catch (const std::exception& e) {
    return tl::unexpected(std::string("the pack could not be assembled: ") + e.what());
  }
}

}  // namespace agendad::pack
