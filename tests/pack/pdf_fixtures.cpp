#include "tests/pack/pdf_fixtures.hpp"

#include <fstream>
#include <sstream>

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFOutlineDocumentHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include "feeds/pack/typeset.hpp"
#include "tests/support/agendad_process.hpp"

namespace agendad::test_pack {

std::string paper_pdf(const std::string& label, int pages) {
  std::vector<pack::Block> blocks;
  for (int i = 1; i <= pages; ++i) {
    if (i > 1) blocks.push_back({pack::BlockStyle::page_break, ""});
    blocks.push_back({pack::BlockStyle::body, label + " page " + std::to_string(i)});
  }
  return pack::typeset(blocks, label).bytes;
}

std::string encrypted_pdf() {
  std::string plain = paper_pdf("Secret", 2);
  QPDF pdf;
  pdf.processMemoryFile("plain", plain.data(), plain.size());
  QPDFWriter writer(pdf);
  writer.setOutputMemory();
  writer.setR6EncryptionParameters("user", "owner", true, true, true, true, true, true, qpdf_r3p_full, true);
  writer.write();
  auto buffer = writer.getBufferSharedPointer();
  return std::string(reinterpret_cast<const char*>(buffer->getBuffer()), buffer->getSize());
}

void write_file(const std::filesystem::path& path, const std::string& bytes) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << bytes;
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::string info(const std::filesystem::path& pdf) {
  return test_support::run_shell("pdfinfo '" + pdf.string() + "'").out;
}

int page_count(const std::filesystem::path& pdf) {
  std::string text = info(pdf);
  auto at = text.find("Pages:");
  return at == std::string::npos ? -1 : std::stoi(text.substr(at + 6));
}

std::string page_text(const std::filesystem::path& pdf, int first, int last) {
  return test_support::run_shell("pdftotext -layout -f " + std::to_string(first) + " -l " + std::to_string(last) +
                                 " '" + pdf.string() + "' -")
      .out;
}

std::vector<std::pair<std::string, int>> outline(const std::filesystem::path& pdf) {
  QPDF doc;
  doc.processFile(pdf.string().c_str());
  QPDFOutlineDocumentHelper outlines(doc);
  std::vector<QPDFObjectHandle> pages;
  for (auto& page : QPDFPageDocumentHelper(doc).getAllPages()) pages.push_back(page.getObjectHandle());
  std::vector<std::pair<std::string, int>> entries;
  for (auto& entry : outlines.getTopLevelOutlines()) {
    QPDFObjectHandle target = entry.getDestPage();
    int number = 0;
    for (std::size_t i = 0; i < pages.size(); ++i)
      if (pages[i].getObjGen() == target.getObjGen()) number = static_cast<int>(i) + 1;
    entries.emplace_back(entry.getTitle(), number);
  }
  return entries;
}

}  // namespace agendad::test_pack
