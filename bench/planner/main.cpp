// bench_planner: time and peak memory to shortlist and plan synthetic programmes.
//   bench_planner            1,000 to 1,000,000 items, each size in its own process
//   bench_planner N          N items only
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "planner/rules/flags.hpp"
#include "synthetic.hpp"

using agendad::planner::PlanningCalendar, agendad::planner::Programme, agendad::planner::ProgrammeAsOf,
    agendad::planner::Proposals;

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// CPU time of this process: the machine is shared, so wall-clock time alone overstates.
double cpu_seconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

long peak_kib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;  // KiB on Linux
}

int measure(std::size_t items) {
  using namespace agendad;
  const long before = peak_kib();
  auto start = Clock::now();
  const auto synthetic = bench::synthetic_programme(items, 2024);
  const double generate = seconds_since(start);
  const long generated = peak_kib();
  const Programme& programme = synthetic.programme;
  const PlanningCalendar calendar;

  const double cpu_start = cpu_seconds();
  start = Clock::now();
  const ProgrammeAsOf view = programme_as_of(programme, synthetic.as_of);
  const auto ranked = shortlist(programme, calendar, view, "c");
  const double shortlisting = seconds_since(start);
  start = Clock::now();
  const Proposals proposals = propose(programme, calendar, view, "c", ranked);
  const double proposing = seconds_since(start);
  start = Clock::now();
  const auto raised = flags(programme, calendar, view, "c", proposals);
  const double flagging = seconds_since(start);
  const double cpu = cpu_seconds() - cpu_start;

  std::printf("%9zu items %8zu meetings | shortlist %7.3f s  propose %7.3f s  flags %7.3f s  total %7.3f s (CPU %7.3f s) | "
              "placed %8zu unplaced %8zu flags %8zu | peak RSS %7.1f MiB (programme %7.1f MiB) | generate %6.2f s\n",
              items, programme.meetings.size(), shortlisting, proposing, flagging, shortlisting + proposing + flagging, cpu,
              proposals.proposals.size(), proposals.unplaced.size(), raised.size(), static_cast<double>(peak_kib()) / 1024.0,
              static_cast<double>(generated - before) / 1024.0, generate);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 2) return measure(std::strtoull(argv[1], nullptr, 10));
  for (std::size_t items : {1'000, 10'000, 100'000, 1'000'000}) {
    std::fflush(stdout);
    const pid_t child = fork();
    if (child == 0) {  // its own process: its own peak memory
      const int status = measure(items);
      std::fflush(stdout);
      std::_Exit(status);
    }
    int status = 0;
    waitpid(child, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) return 1;
  }
  return 0;
}
