#include "feeds/urls/paths.hpp"

#include <algorithm>

#include "feeds/urls/url_space.hpp"

namespace agendad::urls {

using planner::Date, planner::iso;

std::string index_path() { return "/index.html"; }

std::string agenda_path(std::string_view committee, Date date, AgendaFormat format) {
  return std::string(prefix::agendas) + std::string(committee) + "/" + iso(date) + "." + extension(format);
}

std::string agenda_pdf_path(std::string_view committee, Date date, bool whole_pack) {
  return std::string(prefix::agendas) + std::string(committee) + "/" + iso(date) + (whole_pack ? "-pack.pdf" : ".pdf");
}

std::string work_programme_path(std::string_view committee, PageFormat format) {
  return std::string(prefix::work_programme) + std::string(committee) + "." + extension(format);
}

std::string flags_path(PageFormat format) { return "/flags." + extension(format); }

std::string committee_calendar_path(std::string_view committee) {
  return std::string(prefix::calendars) + std::string(committee) + ".ics";
}

std::string all_calendar_path() { return std::string(prefix::calendars) + "all.ics"; }

std::string deadlines_calendar_path(std::string_view committee) {
  return std::string(prefix::calendars) + std::string(committee) + "-deadlines.ics";
}

std::string year_picture_path(std::string_view committee) { return std::string(prefix::year) + std::string(committee) + ".svg"; }

std::string changes_feed_path(std::string_view committee) { return std::string(prefix::changes) + std::string(committee) + ".atom"; }

std::string relative_link(std::string_view from, std::string_view to) {
  // Every level of folder above `from` costs one "../"; both paths start at the site root.
  auto depth = std::count(from.begin(), from.end(), '/') - 1;
  std::string link;
  for (long i = 0; i < depth; ++i) link += "../";
  link += to.substr(1);
  return link;
}

std::string absolute_url(std::string_view base_url, std::string_view path) {
  while (!base_url.empty() && base_url.back() == '/') base_url.remove_suffix(1);
  return std::string(base_url) + std::string(path);
}

bool is_web_url(std::string_view url) {
  return (url.starts_with("https://") || url.starts_with("http://")) &&
         url.find_first_of(" \t\r\n\"<>") == std::string_view::npos;
}

std::string webcal_url(std::string_view url) {
  auto scheme_end = url.find("://");
  if (scheme_end == std::string_view::npos) return "webcal://" + std::string(url);
  return "webcal" + std::string(url.substr(scheme_end));
}

}  // namespace agendad::urls
