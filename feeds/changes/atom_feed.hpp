#pragma once
// The changes feed as Atom (RFC 4287): values in, bytes out, the same bytes for the same log.
// Newest entry first; each entry's id is a tag: URI (RFC 4151) from the base URL's host, what
// changed and the entry's serial, so it never changes and is never reused.
#include <string>
#include <string_view>

#include "feeds/changes/change_log.hpp"

namespace agendad::changes {

struct AtomOptions {
  std::string base_url;  // links absolute from it and ids from its host; empty: links relative to the feed
  bool members = false;  // exempt items under their full titles
  std::string council;   // the feed's author
  std::string title;     // "Improving Lives Select Commission: changes"
  std::string page;      // the site path of the page the feed goes with: its work programme, or the index
};

// The entries of `committee` (every committee's with "all"); `feed_path` is where it is served.
std::string render_changes_feed(const ChangeLog& log, std::string_view committee, std::string_view feed_path,
                                const AtomOptions& options);

// The authority of the tag: URIs: the base URL's host name; "agendad.invalid" without one, or for
// an IP address (a tag names a domain).
std::string tag_authority(std::string_view base_url);

// 2024-10-29T09:00:00Z
std::string rfc3339(Seconds time);

}  // namespace agendad::changes
