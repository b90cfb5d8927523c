#pragma once
// PDFs the pack tests make themselves, with known page counts, and ways to read a produced PDF
// back: poppler's pdfinfo and pdftotext, and qpdf for the outline.
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace agendad::test_pack {

// A PDF of `pages` pages whose page N says "<label> page N" (typeset with cairo).
std::string paper_pdf(const std::string& label, int pages);
// The same, encrypted with a user password: what `check` must refuse.
std::string encrypted_pdf();

void write_file(const std::filesystem::path& path, const std::string& bytes);
std::string read_file(const std::filesystem::path& path);

int page_count(const std::filesystem::path& pdf);                        // pdfinfo
std::string info(const std::filesystem::path& pdf);                      // pdfinfo's whole output
std::string page_text(const std::filesystem::path& pdf, int first, int last);  // pdftotext -layout
// The outline's top level: each bookmark's title and the 1-based page it opens at (qpdf).
std::vector<std::pair<std::string, int>> outline(const std::filesystem::path& pdf);

}  // namespace agendad::test_pack
