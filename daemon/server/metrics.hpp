#pragma once
// Counters for /metrics, kept in fixed arrays of atomics so that counting a request neither
// locks nor allocates.
#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

namespace agendad::server {

// The route a request fell to: a label of bounded cardinality, never the path itself.
enum class Route { index, calendar, agenda, work_programme, flags, members, healthz, metrics, none };
inline constexpr std::size_t route_count = 9;
std::string_view to_string(Route route);
// The route for a path, from its shape alone; none when it has none of the known shapes.
Route route_of(std::string_view path);

class Metrics {
 public:
  // Every status a request can get; refused connections (503) are not requests.
  static constexpr std::array<unsigned, 6> statuses{200, 304, 400, 404, 405, 431};
  // Upper bounds of the latency buckets, in microseconds.
  static constexpr std::array<std::uint64_t, 12> latency_bounds_us{50,    100,   250,    500,    1000,   2500,
                                                                   5000,  10000, 25000,  100000, 500000, 1000000};

  void count_request(Route route, unsigned status, std::chrono::microseconds latency);
  void connection_opened() { ++open_connections_; }
  void connection_closed() { --open_connections_; }
  std::int64_t open_connections() const { return open_connections_.load(); }

  struct Gauges {
    std::uint64_t generation = 0;
    std::uint64_t reloads_ok = 0;
    std::uint64_t reloads_failed = 0;
  };
  // The Prometheus text exposition format, version 0.0.4.
  std::string render(const Gauges& gauges) const;

 private:
  static constexpr std::size_t status_slots = statuses.size() + 1;  // the last: any other status
  std::array<std::array<std::atomic<std::uint64_t>, status_slots>, route_count> requests_{};
  std::array<std::atomic<std::uint64_t>, latency_bounds_us.size() + 1> latency_buckets_{};
  std::atomic<std::uint64_t> latency_sum_us_{0};
  std::atomic<std::int64_t> open_connections_{0};
};

}  // namespace agendad::server
