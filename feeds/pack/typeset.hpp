#pragma once
// Typesetting text on A4 pages as a PDF, with cairo and pango: fonts are embedded and the text
// stays text (selectable, searchable). Values in, bytes out: the PDF goes to a string, not a file.
#include <string>
#include <vector>

namespace agendad::pack {

// A4 in PostScript points, the unit of PDF.
inline constexpr double a4_width = 595.276;
inline constexpr double a4_height = 841.890;

enum class BlockStyle {
  title,     // the committee's name at the head of the front sheet
  heading,   // "AGENDA", an item's heading line
  bold,      // the next-meeting sentence, a sign-off
  body,      // ordinary paragraphs
  bullet,    // a sub-item, indented with a dash
  centred,   // a placeholder page's message
  page_break // starts a new page; its text is ignored
};

struct Block {
  BlockStyle style = BlockStyle::body;
  std::string text;  // UTF-8, set as plain text (no markup)
};

struct TypesetPdf {
  std::string bytes;
  int pages = 0;
};

// The blocks in order, breaking pages between lines where the next will not fit. `title` goes
// into the PDF's metadata; its creation date is fixed so that the same blocks give the same bytes.
TypesetPdf typeset(const std::vector<Block>& blocks, const std::string& title);

// "This page is intentionally left blank": what goes before a document that would otherwise
// start on an even page.
std::vector<Block> blank_page_blocks();

// `count` A4 pages, each blank but for "Page N" at the foot, N counting from `first_number`:
// the stamp that numbers the pack's pages.
TypesetPdf page_number_stamps(int first_number, int count);

}  // namespace agendad::pack
