#include "feeds/pages/html_page.hpp"

#include "feeds/pages/escape.hpp"

namespace agendad::pages {
namespace {

// Colours keep at least 7:1 contrast on white (WCAG AAA for body text); the marks use a border
// and a word as well as a colour, so they survive greyscale printing and colour blindness.
constexpr std::string_view stylesheet = R"css(
:root { color: #1a1a1a; background: #ffffff; }
body { font-family: Arial, Helvetica, sans-serif; font-size: 1rem; line-height: 1.45;
       max-width: 50rem; margin: 1.5rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin: 0.5rem 0 1rem; }
h2 { font-size: 1.3rem; margin: 1.5rem 0 0.5rem; }
h3 { font-size: 1.05rem; margin: 1rem 0 0.25rem; }
a { color: #0b3d91; }
a:focus { outline: 3px solid #1a1a1a; outline-offset: 2px; }
p { margin: 0.4rem 0; }
dl.particulars div { margin: 0.4rem 0; }
dl.particulars dt { display: inline; font-weight: bold; }
dl.particulars dd { display: inline; margin: 0; }
ol.agenda { list-style: none; padding: 0; }
ol.agenda li { margin: 0 0 0.6rem; }
.mark { border: 2px solid #1a1a1a; background: #fff4cc; padding: 0.4rem 0.6rem; font-weight: bold; }
.mark.cancelled { background: #fde2e2; }
.exempt { font-style: italic; }
.resolution { border-left: 4px solid #1a1a1a; padding-left: 0.6rem; }
.next-meeting { font-weight: bold; margin-top: 1.5rem; }
.sign-off { margin-top: 2rem; }
.proposal { background: #e8f0fe; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
th, td { border: 1px solid #1a1a1a; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
thead th { background: #e6e6e6; }
th.date, td.date { white-space: nowrap; }
.address { overflow-wrap: anywhere; }
caption { text-align: left; font-weight: bold; padding: 0.3rem 0; }
ul.plain { padding-left: 1.2rem; }
td > ul.plain { margin: 0; }
tr.critical th[scope="row"] { background: #fde2e2; }
tr.warning th[scope="row"] { background: #fff4cc; }
.notes { border: 1px dashed #1a1a1a; padding: 0.5rem 1rem; margin-top: 2rem; }
figure.year { margin: 1rem 0; }
figure.year img { width: 100%; height: auto; border: 1px solid #b3b3b3; }
@media print {
  @page { size: A4; margin: 18mm 18mm 20mm; }
  :root { font-size: 11pt; }
  body { max-width: none; margin: 0; padding: 0; }
  a { color: inherit; text-decoration: none; }
  h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
  table { page-break-inside: auto; }
  thead { display: table-header-group; }
  li, tr, .next-meeting, .sign-off, .mark { break-inside: avoid; page-break-inside: avoid; }
  .no-print { display: none; }
}
)css";

}  // namespace

std::string html_page(std::string_view title, std::string_view body) { return html_page(title, body, {}); }

std::string html_page(std::string_view title, std::string_view body, std::string_view head) {
  std::string page;
  page.reserve(stylesheet.size() + body.size() + 512);
  page += "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>";
  page += html_escape(title);
  page += "</title>\n<style>";
  page += stylesheet;
  page += "</style>\n";
  page += head;
  page += "</head>\n<body>\n";
  page += body;
  page += "</body>\n</html>\n";
  return page;
}

}  // namespace agendad::pages
