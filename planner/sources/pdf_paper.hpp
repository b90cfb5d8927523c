#pragma once
// What `check` needs to know of one PDF paper, read with qpdf: how many pages it has, or why it
// cannot go into an agenda pack. Bad input is an answer, never a crash: qpdf's exceptions are
// caught here and its warnings kept off stderr.
#include <string>
#include <string_view>

#include <tl/expected.hpp>

namespace agendad::planner::sources {

// The most bytes agendad reads of one paper: a long report with images is tens of megabytes.
inline constexpr std::size_t max_paper_bytes = 100 * 1024 * 1024;

// The number of pages of the PDF in `bytes`, or why it is refused: "is encrypted; ...",
// "is not a PDF or is damaged: ...", "has no pages". `name` labels the bytes in qpdf's messages.
tl::expected<int, std::string> pdf_page_count(std::string_view bytes, const std::string& name);

}  // namespace agendad::planner::sources
