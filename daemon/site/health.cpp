#include <nlohmann/json.hpp>

#include "daemon/site/respond.hpp"

namespace agendad::site {

using planner::iso;

namespace {

std::string iso_instant(std::chrono::sys_seconds when) {
  const auto day = std::chrono::floor<std::chrono::days>(when);
  const std::chrono::hh_mm_ss time{when - day};
  char text[32];
  std::snprintf(text, sizeof text, "%sT%02d:%02d:%02dZ", iso(std::chrono::year_month_day{day}).c_str(),
                static_cast<int>(time.hours().count()), static_cast<int>(time.minutes().count()),
                static_cast<int>(time.seconds().count()));
  return text;
}

// What either reader is told: whether the last reload failed, and what is served.
nlohmann::ordered_json health_common(const Snapshot& snapshot, const Failure* failure) {
  nlohmann::ordered_json health;
  health["status"] = failure ? "degraded" : "ok";
  health["config_hash"] = snapshot.config_hash;
  health["loaded_at"] = iso_instant(snapshot.loaded_at);
  health["generation"] = snapshot.generation;
  if (failure) health["failed_at"] = iso_instant(failure->at);
  return health;
}

}  // namespace

std::string health_json(const Snapshot& snapshot, const Failure* failure) {
  nlohmann::ordered_json health = health_common(snapshot, failure);
  health["errors"] = failure ? failure->errors.size() : 0;
  health["warnings"] = snapshot.warnings.size();
  return health.dump(2) + "\n";
}

std::string members_health_json(const Snapshot& snapshot, const Failure* failure) {
  nlohmann::ordered_json health = health_common(snapshot, failure);
  health["errors"] = failure ? failure->errors : std::vector<std::string>{};
  health["warnings"] = snapshot.warnings;
  return health.dump(2) + "\n";
}

}  // namespace agendad::site
