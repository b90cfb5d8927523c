#include "feeds/svg/svg_writer.hpp"

#include "feeds/pages/escape.hpp"

namespace agendad::svg {

void SvgWriter::start(std::string_view name, Attributes attributes) {
  out_ += '<';
  out_ += name;
  for (const auto& [key, value] : attributes) {
    out_ += ' ';
    out_ += key;
    out_ += "=\"";
    out_ += pages::html_escape(value);
    out_ += '"';
  }
}

void SvgWriter::empty(std::string_view name, Attributes attributes) {
  start(name, attributes);
  out_ += "/>\n";
}

void SvgWriter::text(std::string_view name, Attributes attributes, std::string_view content) {
  start(name, attributes);
  out_ += '>';
  out_ += pages::html_escape(content);
  out_ += "</";
  out_ += name;
  out_ += ">\n";
}

void SvgWriter::open(std::string_view name, Attributes attributes) {
  start(name, attributes);
  out_ += ">\n";
}

void SvgWriter::close(std::string_view name) {
  out_ += "</";
  out_ += name;
  out_ += ">\n";
}

void SvgWriter::open_mark(std::string_view href, std::string_view title) {
  // target="_top": followed from a picture shown inside a page, the link replaces the page.
  marks_.push_back(!href.empty());
  if (!href.empty()) open("a", {{"href", std::string(href)}, {"target", "_top"}});
  else open("g");
  text("title", {}, title);
}

void SvgWriter::close_mark() {
  close(marks_.back() ? "a" : "g");
  marks_.pop_back();
}

}  // namespace agendad::svg
