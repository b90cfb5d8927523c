#pragma once
// Counters for /metrics, kept in fixed arrays of atomics so that counting a request neither
// locks nor allocates.
#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

#include "feeds/urls/url_space.hpp"

namespace agendad::site {

// Requests are counted by the route they fell to (feeds/urls/url_space.hpp): a label of bounded
// cardinality, never the path itself.
using urls::Route;
using urls::route_count;

// A route as the transport carries it on a reply (http::Reply::route), and back: a reply the
// transport made itself, before any route (http::unrouted), counts as none.
std::size_t route_label(Route route);
Route route_of_label(std::size_t label);

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
    std::uint64_t rendered = 0;  // Snapshot::rendered of the snapshot served
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

}  // namespace agendad::site
