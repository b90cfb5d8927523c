#include "daemon/server/published.hpp"

namespace agendad::server {
namespace {

void carry_over(Resources& next, const Resources& current) {
  for (auto& [path, resource] : next) {
    const auto old = current.find(path);
    if (old != current.end() && old->second.etag == resource.etag)
      set_last_modified(resource, old->second.last_modified);
  }
}

}  // namespace

void Published::publish(Snapshot next) {
  // Only the reloader's single thread publishes, so reading the current one here is not a race.
  const auto current = snapshot_.load();
  if (current) {
    carry_over(next.public_resources, current->public_resources);
    carry_over(next.member_resources, current->member_resources);
  }
  next.generation = current ? current->generation + 1 : 1;
  snapshot_.store(std::make_shared<const Snapshot>(std::move(next)));
  failure_.store(nullptr);
  ++reloads_ok_;
}

void Published::fail(Failure failure) {
  failure_.store(std::make_shared<const Failure>(std::move(failure)));
  ++reloads_failed_;
}

}  // namespace agendad::server
