#include "daemon/site/url_listing.hpp"

#include <algorithm>
#include <vector>

namespace agendad::site {

std::string url_listing(const Snapshot& snapshot, const std::string& origin, const std::string& links) {
  std::vector<std::string> paths;
  for (const auto& [path, resource] : snapshot.public_resources)
    if (path == "/" || path.ends_with(".ics") || path.starts_with("/work-programme/") || path.starts_with("/flags"))
      paths.push_back(path);
  std::sort(paths.begin(), paths.end());
  const std::size_t all = paths.size();
  if (all > most_urls_listed)
    std::erase_if(paths, [](const std::string& path) {
      return path != "/" && path != "/flags.html" && path != "/calendars/all.ics";
    });
  std::string out = "agendad: serving " + std::to_string(snapshot.public_resources.size()) + " pages and feeds at " +
                    origin + "/";
  if (links != origin) out += " (their links name " + links + "/)";
  out += "\n";
  for (const auto& path : paths)
    out.append("  ").append(path.ends_with(".ics") ? "subscribe: " : "open:      ").append(origin).append(path) += '\n';
  if (all > paths.size())
    out += "  and " + std::to_string(all - paths.size()) +
           " more work programmes and calendars, every committee's linked from " + origin + "/\n";
  out += "  health:    " + origin + "/healthz\n  metrics:   " + origin + "/metrics\n";
  return out;
}

}  // namespace agendad::site
