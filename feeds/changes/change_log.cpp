#include "feeds/changes/change_log.hpp"

#include <algorithm>

namespace agendad::changes {

ChangeLog advance(const ChangeLog& previous, const Facts& facts, Seconds now) {
  ChangeLog next = previous;
  if (!previous.facts) {
    next.started = now;
    next.facts = facts;
    return next;
  }
  if (*previous.facts == facts) return next;
  for (auto& change : diff(*previous.facts, facts))
    next.entries.push_back({next.next_serial++, now, std::move(change)});
  next.facts = facts;
  const auto cutoff = now - std::chrono::days{keep_days};
  const std::size_t beyond = next.entries.size() > keep_entries ? next.entries.size() - keep_entries : 0;
  // Oldest first: drop from the front only what is both outside the last 100 and over a year old.
  std::size_t drop = 0;
  while (drop < beyond && next.entries[drop].seen < cutoff) ++drop;
  next.entries.erase(next.entries.begin(), next.entries.begin() + static_cast<std::ptrdiff_t>(drop));
  return next;
}

}  // namespace agendad::changes
