#pragma once
// The paths of the pages and feeds the daemon serves, spelt with the prefixes of the URL space
// (url_space.hpp), and the links between them. Paths are site paths starting with "/".
#include <string>
#include <string_view>

#include "feeds/urls/formats.hpp"
#include "planner/model/date.hpp"

namespace agendad::urls {

std::string index_path();                                                   // /index.html
std::string agenda_path(std::string_view committee, planner::Date date,
                        AgendaFormat format);  // /agendas/ilsc/2024-09-17.html
// The front sheet alone (/agendas/ilsc/2024-09-17.pdf) or the whole agenda pack (...-pack.pdf).
std::string agenda_pdf_path(std::string_view committee, planner::Date date, bool whole_pack);
std::string work_programme_path(std::string_view committee, PageFormat format);      // /work-programme/ilsc.html
std::string flags_path(PageFormat format);                                  // /flags.html
std::string committee_calendar_path(std::string_view committee);            // /calendars/ilsc.ics
std::string all_calendar_path();                                            // /calendars/all.ics
std::string deadlines_calendar_path(std::string_view committee);            // /calendars/ilsc-deadlines.ics
// "all" names every committee at once in the two below, as in all.ics.
std::string year_picture_path(std::string_view committee);                  // /year/ilsc.svg, /year/all.svg
std::string changes_feed_path(std::string_view committee);                  // /changes/ilsc.atom, /changes/all.atom

// A link from the page at `from` to the page at `to` that works both served and saved to disk.
std::string relative_link(std::string_view from, std::string_view to);
// base_url joined to a site path: "https://example.org" + "/flags.html".
std::string absolute_url(std::string_view base_url, std::string_view path);
// Whether a configured address may go into an href: http(s) only, so that a hand-edited file
// cannot smuggle in a javascript: or data: link.
bool is_web_url(std::string_view url);
// The same address for calendar apps that subscribe on a click: "webcal://example.org/...".
std::string webcal_url(std::string_view url);

}  // namespace agendad::urls
