#pragma once
// What `serve` prints once it is ready: where it serves, the URLs worth opening or subscribing to
// (the index, the flags, the work programmes and every public calendar) and the probes. A council
// of many committees gets the index, the flags and the all-meetings calendar, and a count of the
// rest, which the index links: 300 committees would otherwise print 1,800 lines into the journal
// at every start.
#include <cstddef>
#include <string>

#include "daemon/site/snapshot.hpp"

namespace agendad::site {

// Beyond this many URLs, each committee's are left to the index.
inline constexpr std::size_t most_urls_listed = 24;

// `origin`: the address the daemon listens on; `links`: the one its pages and feeds name.
std::string url_listing(const Snapshot& snapshot, const std::string& origin, const std::string& links);

}  // namespace agendad::site
