// A reload that never returns (a configuration on a hung network mount, a pathological input):
// it is abandoned after its deadline with an error on /healthz, what it makes later is thrown
// away, and SIGTERM still stops the daemon within the unit's stop timeout.
#include <future>

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include "daemon/site/daemon.hpp"
#include "daemon/site/reloader.hpp"
#include "tests/site/fixture.hpp"
#include "tests/site/net_client.hpp"

namespace agendad::site {

using planner::Result;

namespace {

using namespace std::chrono_literals;
using testing::eventually;

// A builder whose first build succeeds at once and whose later builds wait for `release`.
struct HangingBuilder {
  std::shared_future<void> release;
  std::shared_ptr<std::atomic<int>> builds = std::make_shared<std::atomic<int>>(0);
  Result<Snapshot> operator()(const BuildInputs&) const {
    if ((*builds)++ > 0) release.wait();
    return testing::fixture_snapshot();
  }
};

TEST(ReloadDeadline, AReloadPastItsDeadlineIsAbandonedAndWhatItMakesIsThrownAway) {
  Published published;
  std::promise<void> release;
  HangingBuilder builder{release.get_future().share()};
  Reloader reloader(published, builder, {});
  ASSERT_TRUE(reloader.load_now());
  EXPECT_FALSE(reloader.overdue(0ms)) << "nothing is building";

  reloader.reload("test");
  ASSERT_TRUE(eventually([&] { return *builder.builds == 2; }, 5s));
  EXPECT_FALSE(reloader.overdue(1h));
  EXPECT_EQ(published.failure(), nullptr) << "within its deadline a build is not a failure";
  ASSERT_TRUE(eventually([&] { return reloader.overdue(1s); }, 5s));
  ASSERT_NE(published.failure(), nullptr);
  ASSERT_EQ(published.failure()->errors.size(), 1u);
  EXPECT_EQ(published.failure()->errors[0],
            "load (test) did not finish within 1 s and was abandoned; still serving generation 1");
  EXPECT_FALSE(reloader.idle_within(10ms));

  release.set_value();
  ASSERT_TRUE(reloader.idle_within(5s));
  EXPECT_EQ(published.snapshot()->generation, 1u) << "an abandoned build publishes nothing";
  EXPECT_NE(published.failure(), nullptr) << "and the error stays until a build succeeds";
  EXPECT_FALSE(reloader.overdue(0ms));
}

// The daemon in a child process (its stop leaves with _Exit while the reload hangs): port 0, a
// builder that hangs on every reload. `ready` gets a byte when the first load is done and another
// when the reload has started. SIGHUP is ignored until the daemon's own handler replaces that, so
// that one sent early is lost rather than fatal.
[[noreturn]] void serve_with_a_hanging_reload(int ready) {
  ::signal(SIGHUP, SIG_IGN);
  DaemonOptions options;
  options.port = 0;
  options.drain_timeout = 200ms;
  options.server.log = [](std::string_view) {};
  const auto builder = [ready, builds = 0](const BuildInputs&) mutable -> Result<Snapshot> {
    [[maybe_unused]] const auto written = ::write(ready, "b", 1);
    if (builds++ > 0)
      while (true) ::pause();
    return testing::fixture_snapshot();
  };
  ::_exit(run_daemon(options, builder));
}

TEST(ReloadDeadlineProcess, SigtermStopsTheDaemonWhileAReloadHangs) {
  int ready[2];
  ASSERT_EQ(::pipe(ready), 0);
  const pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    ::close(ready[0]);
    serve_with_a_hanging_reload(ready[1]);
  }
  ::close(ready[1]);
  char byte = 0;
  ASSERT_EQ(::read(ready[0], &byte, 1), 1) << "the first load";
  pollfd reload_started{ready[0], POLLIN, 0};
  for (int attempt = 0; attempt < 100 && ::poll(&reload_started, 1, 0) == 0; ++attempt) {
    ASSERT_EQ(::kill(child, SIGHUP), 0);
    ::poll(&reload_started, 1, 100);
  }
  ASSERT_EQ(::read(ready[0], &byte, 1), 1) << "the reload started";
  const auto stopped = std::chrono::steady_clock::now();
  ASSERT_EQ(::kill(child, SIGTERM), 0);
  int status = 0;
  const bool exited = eventually([&] { return ::waitpid(child, &status, WNOHANG) == child; }, 8s);
  if (!exited) {
    ::kill(child, SIGKILL);
    ::waitpid(child, &status, 0);
  }
  ::close(ready[0]);
  ASSERT_TRUE(exited) << "SIGTERM left the process running behind a reload that never returns";
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  EXPECT_LT(std::chrono::steady_clock::now() - stopped, 5s) << "within the unit's TimeoutStopSec=10s";
}

}  // namespace
}  // namespace agendad::site
