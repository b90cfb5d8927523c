#include "feeds/drafts/pagination.hpp"

namespace agendad::drafts {

PackLayout lay_out_pack(std::optional<int> front_sheet_pages, const std::vector<std::optional<int>>& document_pages) {
  PackLayout layout;
  layout.documents.resize(document_pages.size());
  if (!front_sheet_pages || *front_sheet_pages < 1) return layout;
  int last = *front_sheet_pages;  // the last page used so far
  auto start_on_odd_page = [&] {
    if (last % 2 == 1) layout.blank_pages.push_back(++last);
  };
  for (std::size_t i = 0; i < document_pages.size(); ++i) {
    const auto& count = document_pages[i];
    if (!count || *count < 1) return layout;
    start_on_odd_page();
    layout.documents[i] = PageRange{last + 1, last + *count};
    last += *count;
  }
  start_on_odd_page();
  layout.total_pages = last;
  return layout;
}

}  // namespace agendad::drafts
