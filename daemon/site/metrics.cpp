#include "daemon/site/metrics.hpp"

#include <cstdio>

namespace agendad::site {

std::size_t route_label(Route route) { return static_cast<std::size_t>(route); }

Route route_of_label(std::size_t label) { return label < route_count ? static_cast<Route>(label) : Route::none; }

void Metrics::count_request(Route route, unsigned status, std::chrono::microseconds latency) {
  std::size_t slot = statuses.size();
  for (std::size_t i = 0; i < statuses.size(); ++i)
    if (statuses[i] == status) slot = i;
  requests_[static_cast<std::size_t>(route)][slot].fetch_add(1, std::memory_order_relaxed);
  const auto us = static_cast<std::uint64_t>(latency.count() < 0 ? 0 : latency.count());
  std::size_t bucket = 0;
  while (bucket < latency_bounds_us.size() && us > latency_bounds_us[bucket]) ++bucket;
  latency_buckets_[bucket].fetch_add(1, std::memory_order_relaxed);
  latency_sum_us_.fetch_add(us, std::memory_order_relaxed);
}

std::string Metrics::render(const Gauges& gauges) const {
  std::string out;
  out.reserve(4096);
  char line[256];
  const auto append = [&](int length) { out.append(line, static_cast<std::size_t>(length)); };

  out += "# HELP agendad_http_requests_total HTTP requests answered, by route and status.\n"
         "# TYPE agendad_http_requests_total counter\n";
  for (std::size_t route = 0; route < route_count; ++route)
    for (std::size_t slot = 0; slot < status_slots; ++slot) {
      const auto count = requests_[route][slot].load(std::memory_order_relaxed);
      if (count == 0) continue;
      const std::string status = slot < statuses.size() ? std::to_string(statuses[slot]) : "other";
      append(std::snprintf(line, sizeof line, "agendad_http_requests_total{route=\"%s\",status=\"%s\"} %llu\n",
                           to_string(static_cast<Route>(route)).data(), status.c_str(),
                           static_cast<unsigned long long>(count)));
    }

  out += "# HELP agendad_http_request_duration_seconds Time from a request's headers to its response's last byte.\n"
         "# TYPE agendad_http_request_duration_seconds histogram\n";
  std::uint64_t cumulative = 0;
  for (std::size_t bucket = 0; bucket < latency_buckets_.size(); ++bucket) {
    cumulative += latency_buckets_[bucket].load(std::memory_order_relaxed);
    if (bucket < latency_bounds_us.size())
      append(std::snprintf(line, sizeof line, "agendad_http_request_duration_seconds_bucket{le=\"%g\"} %llu\n",
                           static_cast<double>(latency_bounds_us[bucket]) / 1e6,
                           static_cast<unsigned long long>(cumulative)));
    else
      append(std::snprintf(line, sizeof line, "agendad_http_request_duration_seconds_bucket{le=\"+Inf\"} %llu\n",
                           static_cast<unsigned long long>(cumulative)));
  }
  append(std::snprintf(line, sizeof line, "agendad_http_request_duration_seconds_sum %.6f\n",
                       static_cast<double>(latency_sum_us_.load(std::memory_order_relaxed)) / 1e6));
  append(std::snprintf(line, sizeof line, "agendad_http_request_duration_seconds_count %llu\n",
                       static_cast<unsigned long long>(cumulative)));

  append(std::snprintf(line, sizeof line,
                       "# HELP agendad_open_connections Client connections open now.\n"
                       "# TYPE agendad_open_connections gauge\nagendad_open_connections %lld\n",
                       static_cast<long long>(open_connections_.load())));
  append(std::snprintf(line, sizeof line,
                       "# HELP agendad_config_generation Configurations loaded since start; the one served.\n"
                       "# TYPE agendad_config_generation gauge\nagendad_config_generation %llu\n",
                       static_cast<unsigned long long>(gauges.generation)));
  append(std::snprintf(line, sizeof line,
                       "# HELP agendad_rendered_resources Pages and feeds the load served rendered; 0 when nothing "
                       "they are made from had changed.\n"
                       "# TYPE agendad_rendered_resources gauge\nagendad_rendered_resources %llu\n",
                       static_cast<unsigned long long>(gauges.rendered)));
  out += "# HELP agendad_reloads_total Configuration loads, by outcome.\n"
         "# TYPE agendad_reloads_total counter\n";
  append(std::snprintf(line, sizeof line, "agendad_reloads_total{outcome=\"ok\"} %llu\n",
                       static_cast<unsigned long long>(gauges.reloads_ok)));
  append(std::snprintf(line, sizeof line, "agendad_reloads_total{outcome=\"failed\"} %llu\n",
                       static_cast<unsigned long long>(gauges.reloads_failed)));
  return out;
}

}  // namespace agendad::site
