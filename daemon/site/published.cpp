#include "daemon/site/published.hpp"

namespace agendad::site {
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
  // Only the reloader's single thread publishes, so the current one cannot change meanwhile.
  const auto current = snapshot();
  if (current) {
    carry_over(next.public_resources, current->public_resources);
    carry_over(next.member_resources, current->member_resources);
  }
  next.generation = current ? current->generation + 1 : 1;
  auto published = std::make_shared<const Snapshot>(std::move(next));
  {
    std::lock_guard lock(mutex_);
    snapshot_.swap(published);
    failure_.reset();
  }
  ++reloads_ok_;
  // `published` now holds the old snapshot: freed here, off the I/O threads, unless a response
  // still being written holds it.
}

void Published::fail(Failure failure) {
  auto failed = std::make_shared<const Failure>(std::move(failure));
  {
    std::lock_guard lock(mutex_);
    failure_.swap(failed);
  }
  ++reloads_failed_;
}

}  // namespace agendad::site
