#include "daemon/site/last_modified.hpp"

namespace agendad::site {
namespace {

void stamp(Resources& resources, const std::string& prefix, const state::ModifiedTimes& remembered,
           std::chrono::sys_seconds now, state::ModifiedTimes& next) {
  for (auto& [path, resource] : resources) {
    const auto key = prefix + path;
    const auto old = remembered.find(key);
    const auto at = old != remembered.end() && old->second.etag == resource.etag ? old->second.at : now;
    set_last_modified(resource, at);
    next.emplace(key, state::Modified{resource.etag, at});
  }
}

}  // namespace

state::ModifiedTimes stamp_last_modified(Snapshot& snapshot, const state::ModifiedTimes& remembered,
                                         std::chrono::sys_seconds now) {
  state::ModifiedTimes next;
  stamp(snapshot.public_resources, "", remembered, now, next);
  stamp(snapshot.member_resources, "/members", remembered, now, next);
  return next;
}

}  // namespace agendad::site
