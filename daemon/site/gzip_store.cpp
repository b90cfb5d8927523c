#include "daemon/site/gzip_store.hpp"

#include <charconv>
#include <optional>

#include <zlib.h>

#include "daemon/http/digest.hpp"
#include "daemon/site/snapshot.hpp"
#include "daemon/state/state_file.hpp"
#include "daemon/state/write_atomically.hpp"

namespace agendad::site {

namespace {

constexpr std::string_view end_mark = "end ";
constexpr std::size_t digest_hex = 64;

// Names what made the bytes: another zlib or level makes other bytes for the same body.
std::string header() {
  return "agendad gzip store 1 zlib " + std::string(zlibVersion()) + " level " + std::to_string(gzip_level) + "\n";
}

// The next line of `text` from `at` (without its newline), `at` moved past it; absent at the end.
std::optional<std::string_view> next_line(std::string_view text, std::size_t& at) {
  const auto end = text.find('\n', at);
  if (end == std::string_view::npos) return std::nullopt;
  const auto line = text.substr(at, end - at);
  at = end + 1;
  return line;
}

ReadGzipStore unusable(std::string problem) { return {{}, std::move(problem)}; }

}  // namespace

std::filesystem::path gzip_store_path(const std::filesystem::path& state_dir) { return state_dir / "gzip"; }

std::string serialise_gzip_store(const std::vector<std::pair<std::string_view, std::string_view>>& by_tag) {
  std::string text = header();
  std::size_t size = text.size() + end_mark.size() + digest_hex + 1;
  for (const auto& [tag, gzip] : by_tag) size += tag.size() + gzip.size() + 24;
  text.reserve(size);
  for (const auto& [tag, gzip] : by_tag) {
    text.append(tag).append(" ").append(std::to_string(gzip.size())).append("\n");
    text.append(gzip).append("\n");
  }
  const auto digest = http::hex(http::digest_of(text));
  text.append(end_mark).append(digest).append("\n");
  return text;
}

ReadGzipStore parse_gzip_store(std::string_view text) {
  const std::string expected_header = header();
  if (!text.starts_with(expected_header)) return {};  // another format, zlib or level: not ours to use
  const auto last = text.rfind(end_mark);
  if (last == std::string_view::npos || text.size() != last + end_mark.size() + digest_hex + 1 || text.back() != '\n')
    return unusable("the gzip store has no digest at its end");
  const std::string_view body = text.substr(0, last);
  if (http::hex(http::digest_of(body)) != text.substr(last + end_mark.size(), digest_hex))
    return unusable("the gzip store does not match its digest");
  ReadGzipStore read;
  std::size_t at = expected_header.size();
  while (at < body.size()) {
    const auto line = next_line(body, at);
    const auto space = line ? line->find(' ') : std::string_view::npos;
    if (space == std::string_view::npos) return unusable("the gzip store has an entry without its length");
    std::size_t length = 0;
    const auto digits = line->substr(space + 1);
    const auto parsed = std::from_chars(digits.data(), digits.data() + digits.size(), length);
    if (parsed.ec != std::errc() || parsed.ptr != digits.data() + digits.size() || length > body.size() - at ||
        body.size() - at - length < 1 || body[at + length] != '\n')
      return unusable("the gzip store has an entry whose length is wrong");
    read.gzip.emplace(std::string(line->substr(0, space)), SharedBytes(std::string(body.substr(at, length))));
    at += length + 1;
  }
  return read;
}

ReadGzipStore read_gzip_store(const std::filesystem::path& file) {
  auto read = state::read_state_file(file);
  if (!read.text) return unusable(read.problem.empty() ? "" : file.string() + ": the gzip store " + read.problem);
  auto parsed = parse_gzip_store(*read.text);
  if (!parsed.problem.empty()) parsed.problem = file.string() + ": " + parsed.problem;
  return parsed;
}

tl::expected<void, std::string> write_gzip_store(
    const std::filesystem::path& file, const std::vector<std::pair<std::string_view, std::string_view>>& by_tag) {
  return state::write_atomically(file, serialise_gzip_store(by_tag));
}

}  // namespace agendad::site
