#pragma once
// A body's bytes, immutable and shared: a body a reload leaves unchanged (an agenda pack above all,
// a hundred kilobytes or more) is the same memory in the old snapshot, the new one and the caches
// between them, not a copy in each. Reads like a std::string_view.
#include <cstddef>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>

namespace agendad::site {

class SharedBytes {
 public:
  SharedBytes() = default;
  // Implicit, so that a renderer's std::string becomes a body as it is returned.
  SharedBytes(std::string bytes)  // NOLINT(google-explicit-constructor)
      : bytes_(std::make_shared<const std::string>(std::move(bytes))) {}
  SharedBytes(const char* bytes) : SharedBytes(std::string(bytes)) {}  // NOLINT(google-explicit-constructor)

  std::string_view view() const { return bytes_ ? std::string_view(*bytes_) : std::string_view(); }
  operator std::string_view() const { return view(); }  // NOLINT(google-explicit-constructor)
  const char* data() const { return view().data(); }
  std::size_t size() const { return view().size(); }
  bool empty() const { return view().empty(); }
  std::size_t find(std::string_view what, std::size_t from = 0) const { return view().find(what, from); }
  bool starts_with(std::string_view what) const { return view().starts_with(what); }
  auto begin() const { return view().begin(); }
  auto end() const { return view().end(); }

  // Whether these are the very bytes of `other`, not a copy: then they are equal without reading them.
  bool same_as(const SharedBytes& other) const { return bytes_ == other.bytes_; }

  friend bool operator==(const SharedBytes& a, const SharedBytes& b) { return a.same_as(b) || a.view() == b.view(); }
  friend bool operator==(const SharedBytes& a, std::string_view b) { return a.view() == b; }
  friend bool operator==(const SharedBytes& a, const char* b) { return a.view() == b; }
  friend bool operator==(const SharedBytes& a, const std::string& b) { return a.view() == b; }
  friend std::ostream& operator<<(std::ostream& out, const SharedBytes& bytes) { return out << bytes.view(); }

 private:
  std::shared_ptr<const std::string> bytes_;
};

}  // namespace agendad::site
