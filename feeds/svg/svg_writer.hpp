#pragma once
// The few SVG elements the year picture is made of, written as text. Every attribute value and
// text passes through XML escaping here: titles come from hand-edited YAML.
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace agendad::svg {

using Attributes = std::initializer_list<std::pair<std::string_view, std::string>>;

class SvgWriter {
 public:
  // <name a="v" .../>
  void empty(std::string_view name, Attributes attributes);
  // <name a="v">text</name>
  void text(std::string_view name, Attributes attributes, std::string_view content);
  void open(std::string_view name, Attributes attributes = {});
  void close(std::string_view name);
  // A linked mark: <a href><title>title</title> ... </a>, the shapes between open_mark and close_mark.
  void open_mark(std::string_view href, std::string_view title);
  void close_mark();
  void raw(std::string_view markup) { out_ += markup; }
  std::string take() && { return std::move(out_); }

 private:
  void start(std::string_view name, Attributes attributes);
  std::string out_;
  std::vector<bool> marks_;  // open marks: true for a link, false for a plain group
};

}  // namespace agendad::svg
